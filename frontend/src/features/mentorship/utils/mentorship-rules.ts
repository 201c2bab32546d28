import type { Mentorship, MentorshipStatus } from "../../../lib/api/types";

// What the page offers to do, as the server allows it (see MentorshipStatus.OPEN, ACTIVE and ENDED_PAIRING there).
// The server has the last word: these only avoid showing forms it would refuse.

const OPEN: readonly MentorshipStatus[] = ["PENDING", "ACCEPTED", "PAUSED"];
const ACTIVE: readonly MentorshipStatus[] = ["ACCEPTED", "PAUSED"];
const ENDED_PAIRING: readonly MentorshipStatus[] = ["COMPLETED", "CANCELLED"];

/** The two people of the pairing, not an animateur who follows it. */
export function isParty({ myRole }: Mentorship): boolean {
  return myRole === "MENTOR" || myRole === "MENTEE";
}

/** The mentor reads the goals of a request and works on them once they have accepted it. */
export function goalsAwaitAcceptance(mentorship: Mentorship): boolean {
  return mentorship.myRole === "MENTOR" && mentorship.status === "PENDING";
}

/** Goals are ticked, added, modified, deleted and commented while the pairing is open (by the mentor once accepted). */
export function canEditGoals(mentorship: Mentorship): boolean {
  return isParty(mentorship) && OPEN.includes(mentorship.status) && !goalsAwaitAcceptance(mentorship);
}

/** Sessions are logged, corrected and deleted once the request is accepted, until the pairing ends. */
export function canLogSessions(mentorship: Mentorship): boolean {
  return isParty(mentorship) && ACTIVE.includes(mentorship.status);
}

/** A pairing that has started has sessions to show. */
export function hasStarted(mentorship: Mentorship): boolean {
  return mentorship.startedAt !== undefined && mentorship.startedAt !== null;
}

/** Each party gives feedback once, on a completed or cancelled pairing. */
export function hasFeedback(mentorship: Mentorship): boolean {
  return isParty(mentorship) && ENDED_PAIRING.includes(mentorship.status);
}

/** The other person of the pairing, for the signed-in party. */
export function counterpartOf(mentorship: Mentorship) {
  return mentorship.myRole === "MENTOR" ? mentorship.mentee : mentorship.mentor;
}

/** Either party moves the planned end while the pairing goes on: the daily job completes it once that date has passed. */
export function canChangePlannedEnd(mentorship: Mentorship): boolean {
  return isParty(mentorship) && ACTIVE.includes(mentorship.status);
}
