// Who of the advisory team takes a practice: the one whose preferred themes match its most specific
// themes, then the one with the fewest open tasks, then (so that reruns and hosts agree) the lowest
// e-mail address. Inter-cooperation and the Covid response are found on nearly every practice of the
// call, so they weigh less: the advisor who prefers them no longer wins everything.
import type { AdvisorLoads } from '../../domain/follow-ups.js';
import type { Advisor, ThemeId } from '../../domain/types.js';

export type { AdvisorLoads };


export interface AdvisorChoice {
  advisor: Advisor;
  /** The practice's themes this advisor prefers. */
  matched: ThemeId[];
  /** Why this one, for the event log. */
  reason: string;
}

/** Themes so common in this call that they say little about who should follow a practice. */
const GENERAL_THEMES: ReadonlySet<ThemeId> = new Set<ThemeId>(['intercooperation', 'covid-response']);
/** A general theme counts a quarter of a specific one: both general themes together still weigh less than one specific. */
const GENERAL_WEIGHT = 0.25;

const weight = (t: ThemeId): number => (GENERAL_THEMES.has(t) ? GENERAL_WEIGHT : 1);
export const overlap = (a: Advisor, themes: ThemeId[]): number => a.themes.filter((t) => themes.includes(t)).reduce((sum, t) => sum + weight(t), 0);

export function chooseAdvisor(themes: ThemeId[], advisors: Advisor[], loads: AdvisorLoads): AdvisorChoice | null {
  if (!advisors.length) return null;
  const load = (a: Advisor): number => loads[a.email.toLowerCase()] ?? 0;
  const ranked = [...advisors].sort(
    (a, b) => overlap(b, themes) - overlap(a, themes) || load(a) - load(b) || a.email.toLowerCase().localeCompare(b.email.toLowerCase()),
  );
  const best = ranked[0]!;
  const shared = best.themes.filter((t) => themes.includes(t));
  const why = shared.length ? `prefers ${shared.join(', ')}` : 'no advisor prefers these themes';
  return { advisor: best, matched: shared, reason: `${why}; ${load(best)} open task(s) before this one` };
}
