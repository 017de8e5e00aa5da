// Who of the advisory team takes a practice: the one whose preferred themes match it best, then the
// one with the fewest open tasks, then (so that reruns and hosts agree) the lowest e-mail address.
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

const overlap = (a: Advisor, themes: ThemeId[]): number => a.themes.filter((t) => themes.includes(t)).length;

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
