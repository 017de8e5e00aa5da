// Decides what a message that may return a systematisation sheet is (issue 12): not a sheet (the
// usual path), a sheet to apply to its practice, or a sheet held for a person with the reason. Pure:
// the store supplies the practices the message points at and the facts about them.
import type { Municipality } from '../../domain/types.js';
import { isSheetShaped, type SheetReading } from '../extract/sheet.js';

export interface SheetTarget {
  id: string;
  status: string;
  advisor: string | null;
  municipality: string | null;
  /** The council's addresses we know for this practice: its contact, and who submitted it. */
  councilAddresses: string[];
}

export interface SheetRouteInput {
  reading: SheetReading | null;
  from: string | null;
  /** Practices the message names by id (existing ones). */
  named: SheetTarget[];
  /** Practices of the thread it answers, and whether that thread holds a mail about the sheet (task, reminder, receipt). */
  thread: SheetTarget[];
  sheetMail: boolean;
  coordinator: string | null;
  /** Advisors' addresses: a sheet from one naming no practice is still a sheet, never a new practice. */
  staff: string[];
  municipalities: Municipality[];
}

export type SheetRoute =
  | { action: 'none' }
  | { action: 'apply'; practice: SheetTarget }
  | { action: 'review'; practiceIds: string[]; reason: string };

const same = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The assigned advisor, the coordinator, or an address of the practice's council (its domains, its contact, its submitter). */
export function mayReturnSheet(from: string | null, p: SheetTarget, i: Pick<SheetRouteInput, 'coordinator' | 'municipalities'>): boolean {
  if (!from) return false;
  if (same(from, p.advisor) || same(from, i.coordinator) || p.councilAddresses.some((a) => same(a, from))) return true;
  const council = i.municipalities.find((m) => same(m.name, p.municipality));
  const domain = domainOf(from);
  return !!council?.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

export function routeSheet(i: SheetRouteInput): SheetRoute {
  const r = i.reading;
  if (!r) return { action: 'none' };
  const shaped = isSheetShaped(r);
  const targets = i.named.length ? i.named : i.thread;
  // One answer of the sheet's own fields is enough when the mail names the practice or answers a mail about its sheet.
  const pointed = r.sheetOnly >= 1 && (i.named.length > 0 || i.sheetMail);
  if (!targets.length) {
    const staff = [...i.staff, i.coordinator].some((a) => same(a, i.from));
    return shaped && staff ? { action: 'review', practiceIds: [], reason: 'systematisation sheet naming no known practice (add its id, e.g. bp-…, to the subject)' } : { action: 'none' };
  }
  if (!shaped && !pointed) return { action: 'none' };
  if (targets.length > 1) return { action: 'review', practiceIds: targets.map((t) => t.id), reason: `systematisation sheet for several practices (${targets.map((t) => t.id).join(', ')}): say which one` };
  const practice = targets[0]!;
  if (practice.status === 'rejected') return { action: 'review', practiceIds: [practice.id], reason: `systematisation sheet for ${practice.id}, which the commission rejected` };
  if (!mayReturnSheet(i.from, practice, i)) {
    return { action: 'review', practiceIds: [practice.id], reason: `systematisation sheet for ${practice.id} from ${i.from ?? 'an unknown sender'}, who is neither its advisor, the coordinator nor an address of its council: not applied` };
  }
  return { action: 'apply', practice };
}
