import { describe, expect, it } from '@jest/globals';
import { chooseAdvisor } from '../../src/follow-ups/plan/assign.js';
import { needsAdvisor, planDeadlineWork, planMessageFollowUps, remindersDue } from '../../src/follow-ups/plan/plan.js';
import type { DigestModel } from '../../src/follow-ups/plan/digest.js';
import type { MessageInfo, PracticeInfo } from '../../src/domain/follow-ups.js';
import { settings } from '../helpers/notify.js';

const advisors = settings().advisors; // Anna: procurement + intercooperation; Pau: covid + youth

const practice = (id: string, over: Partial<PracticeInfo> = {}): PracticeInfo => ({
  id, messageRow: 1, title: id, promoters: [], summary: null, contact: { name: null, email: null, phone: null, role: null },
  municipality: 'Vila de Prova', member: true, themes: [], themeEvidence: {}, priority: 0, late: false, status: 'received', advisor: null,
  source: 'body', evidence: {}, missing: [], language: 'ca', ...over,
});

const message: MessageInfo = {
  rowId: 1, messageId: '<m1@viladeprova.cat>', fromAddr: 'bsola@viladeprova.cat', fromName: 'Berta', subject: 'Bona pràctica',
  receivedAt: '2020-04-21T07:10:00.000Z', refs: ['<older@viladeprova.cat>'], kind: 'submission', status: 'processed', reason: null, language: 'ca',
};

const plan = (ps: PracticeInfo[], m: Partial<MessageInfo> = {}, loads: Record<string, number> = {}) =>
  planMessageFollowUps({ message: { ...message, ...m }, practices: ps, unreadable: [], recentReplies: 0, loads, settings: settings(), now: new Date('2020-04-21T10:00:00Z') });

describe('assignment to advisors', () => {
  it('prefers the advisor whose themes match the practice', () => {
    expect(chooseAdvisor(['youth'], advisors, { 'pau.riera@example.org': 9 })?.advisor.name).toBe('Pau Riera');
    expect(chooseAdvisor(['public-procurement', 'covid-response', 'intercooperation'], advisors, {})?.advisor.name).toBe('Anna Puig');
  });

  it('between equal matches, gives it to the one with fewer open tasks', () => {
    expect(chooseAdvisor(['covid-response', 'intercooperation'], advisors, { 'anna.puig@example.org': 3, 'pau.riera@example.org': 1 })?.advisor.name).toBe('Pau Riera');
    expect(chooseAdvisor([], advisors, { 'anna.puig@example.org': 1 })?.advisor.name).toBe('Pau Riera');
  });

  it('breaks a full tie the same way every time, whatever the order of advisors.json', () => {
    const a = chooseAdvisor(['covid-response', 'intercooperation'], advisors, {});
    const b = chooseAdvisor(['covid-response', 'intercooperation'], [...advisors].reverse(), {});
    expect(a?.advisor.email).toBe('anna.puig@example.org');
    expect(b?.advisor.email).toBe(a?.advisor.email);
  });

  it('spreads the practices of one message by load as it goes', () => {
    const p = plan([practice('bp-1', { themes: ['covid-response', 'intercooperation'] }), practice('bp-2', { themes: ['covid-response', 'intercooperation'] })]);
    expect(p.assignments.map((a) => a.advisor.name)).toEqual(['Anna Puig', 'Pau Riera']);
  });

  it('assigns nobody when there are no advisors', () => {
    expect(chooseAdvisor(['youth'], [], {})).toBeNull();
  });
});

describe('what a processed message calls for', () => {
  it('an on-time submission: one acknowledgement in its thread and one task per practice', () => {
    const p = plan([practice('bp-1', { themes: ['youth'] }), practice('bp-2')]);
    expect(p.drafts.map((d) => d.kind)).toEqual(['acknowledgement', 'advisor-task', 'advisor-task']);
    const ack = p.drafts[0]!;
    expect(ack).toMatchObject({ dedupeKey: 'reply:<m1@viladeprova.cat>', to: 'bsola@viladeprova.cat', practices: ['bp-1', 'bp-2'], isReply: true });
    expect(ack.inReplyTo).toBe('<m1@viladeprova.cat>');
    expect(ack.refs).toEqual(['<older@viladeprova.cat>', '<m1@viladeprova.cat>']);
    expect(p.drafts[1]).toMatchObject({ dedupeKey: 'advisor-task:bp-1:pau.riera@example.org', to: 'pau.riera@example.org', isReply: false });
  });

  it('a late submission: a late notice and no advisor until it is accepted', () => {
    const late = practice('bp-9', { late: true, status: 'late' });
    const p = plan([late], { receivedAt: '2020-05-04T08:00:00.000Z' });
    expect(p.drafts.map((d) => d.kind)).toEqual(['late-notice']);
    expect(p.assignments).toEqual([]);
    expect(needsAdvisor(late)).toBe(false);
    expect(needsAdvisor({ ...late, status: 'late-accepted' })).toBe(true);
    expect(needsAdvisor({ ...late, status: 'accepted' })).toBe(true);
    expect(needsAdvisor(practice('bp-1', { status: 'rejected' }))).toBe(false);
  });

  it('a message in which nothing was understood and nothing failed to read gets no automatic reply (a person answers)', () => {
    const p = plan([], { receivedAt: '2020-04-20T08:00:00.000Z', status: 'needs-review' });
    expect(p.drafts).toEqual([]);
    expect(p.noReply).toMatch(/no practice found/);
    expect(plan([], { receivedAt: '2020-05-04T08:00:00.000Z', status: 'needs-review' }).drafts).toEqual([]);
  });

  it('an out-of-office reply: nothing at all, and the reason says so', () => {
    const p = plan([], { kind: 'auto-reply', status: 'ignored' });
    expect(p.drafts).toEqual([]);
    expect(p.noReply).toMatch(/auto-reply/);
  });

  it('an already assigned practice: the same task draft again (the store keeps the first)', () => {
    const p = plan([practice('bp-1', { advisor: 'anna.puig@example.org' })]);
    expect(p.assignments).toEqual([]);
    expect(p.drafts[1]?.dedupeKey).toBe('advisor-task:bp-1:anna.puig@example.org');
  });
});

describe('what the calendar calls for', () => {
  const s = settings();
  const councils = s.municipalities.filter((c) => c.member);
  const digest = { language: 'ca' } as DigestModel;

  it('reminders only in the days before the deadline', () => {
    expect(remindersDue(new Date('2020-04-20T09:00:00+02:00'), s)).toBe(false);
    expect(remindersDue(new Date('2020-04-24T00:00:00+02:00'), s)).toBe(true);
    expect(remindersDue(new Date('2020-05-01T00:00:00+02:00'), s)).toBe(false);
  });

  it('reminds silent member councils that have an address and skips the ones without', () => {
    const drafts = planDeadlineWork({ now: new Date('2020-04-25T09:00:00+02:00'), settings: s, silentMembers: councils, openTasks: [], digest });
    expect(drafts.map((d) => d.to)).toEqual(['ess@viladeprova.cat', 'promocio@poblecallat.cat']);
    expect(drafts.every((d) => d.kind === 'reminder' && d.dedupeKey.endsWith(s.deadline.toISOString()))).toBe(true);
  });

  it('reminds an advisor once a task has been open the configured number of days', () => {
    const task = (assignedAt: string) => ({ practice: practice('bp-1', { advisor: 'anna.puig@example.org' }), advisor: 'anna.puig@example.org', assignedAt });
    const now = new Date('2020-04-21T10:00:00Z');
    expect(planDeadlineWork({ now, settings: s, silentMembers: [], openTasks: [task('2020-04-15T10:00:00Z')], digest: null })).toEqual([]);
    const due = planDeadlineWork({ now, settings: s, silentMembers: [], openTasks: [task('2020-04-14T10:00:00Z')], digest: null });
    expect(due.map((d) => d.dedupeKey)).toEqual(['advisor-reminder:bp-1:anna.puig@example.org']);
  });

  it('plans the closing digest for the coordinator once the deadline has passed, not before', () => {
    expect(planDeadlineWork({ now: new Date('2020-04-30T21:00:00Z'), settings: s, silentMembers: [], openTasks: [], digest })).toEqual([]);
    const after = planDeadlineWork({ now: new Date('2020-04-30T22:00:00Z'), settings: s, silentMembers: [], openTasks: [], digest });
    expect(after).toMatchObject([{ kind: 'digest', to: 'coordinacio@xmess.example.org', dedupeKey: `digest:${s.deadline.toISOString()}` }]);
  });
});
