// Who may do what on the desk, in one table: coordinators everything, the commission reviews, advisors
// see and edit only the practices given to them. Every route asks `can`; templates only hide buttons.
import type { Role } from './users.js';

export const ACTIONS = [
  'inbox', 'message', 'resolve', 'practices', 'practice', 'review', 'accept-late', 'assign', 'edit', 'sheet',
] as const;
export type Action = (typeof ACTIONS)[number];

/** `own`: only on practices assigned to the user (or messages linked to one of them). */
type Grant = 'all' | 'own' | 'none';

export const MATRIX: Record<Role, Record<Action, Grant>> = {
  coordinator: { inbox: 'all', message: 'all', resolve: 'all', practices: 'all', practice: 'all', review: 'all', 'accept-late': 'all', assign: 'all', edit: 'all', sheet: 'all' },
  commission: { inbox: 'all', message: 'all', resolve: 'none', practices: 'all', practice: 'all', review: 'all', 'accept-late': 'all', assign: 'none', edit: 'none', sheet: 'all' },
  advisor: { inbox: 'none', message: 'own', resolve: 'none', practices: 'own', practice: 'own', review: 'none', 'accept-late': 'none', assign: 'none', edit: 'own', sheet: 'own' },
};

export interface Actor {
  email: string;
  role: Role;
}

/** `advisors`: the advisors of the practices concerned (one for a practice; those linked for a message). */
export function can(actor: Actor, action: Action, advisors?: (string | null)[]): boolean {
  const grant = MATRIX[actor.role][action];
  if (grant === 'all') return true;
  if (grant === 'none') return false;
  if (!advisors) return true; // a list: the query itself keeps to the user's own
  return advisors.some((a) => a?.toLowerCase() === actor.email);
}
