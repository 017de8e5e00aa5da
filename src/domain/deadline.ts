// The lateness rule, written once: the commit marks practices late with it and the follow-up planner
// picks the late notice with it when a message brought no practice.

/** Late means arrived after the campaign's deadline; an unknown arrival is never late (it waits for a person). */
export function isAfterDeadline(receivedAt: Date | string | null | undefined, deadline: Date): boolean {
  if (receivedAt === null || receivedAt === undefined) return false;
  return new Date(receivedAt).getTime() > deadline.getTime();
}
