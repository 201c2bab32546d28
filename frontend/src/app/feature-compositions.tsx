import { WeeklyChallenge } from "../features/challenges/components/weekly-challenge";
import { suggestedGoals } from "../features/matching/utils/suggestion-labels";
import { MentorshipRequestAction, MentorshipRequestButton } from "../features/mentorship/components/mentorship-request-action";
import type { MemberProfile, MentorSuggestion } from "../lib/api/types";

// Features never import each other: what one feature offers on another's page is composed here.

/** The member page offers what the other features can do with a member: ask them for mentoring. */
export const renderMemberActions = (member: MemberProfile) => <MentorshipRequestAction mentor={member} />;

/** A suggested mentor can be asked for mentoring, with the same request as on their page, its goals prefilled. */
export const renderSuggestionRequest = (suggestion: MentorSuggestion) => (
  <MentorshipRequestButton mentor={suggestion.mentor} initialGoals={suggestedGoals(suggestion)} />
);

/** The home page of a signed-in member shows « Le défi de la semaine » of La Piscine. */
export const WeeklyChallengeOnHome = () => <WeeklyChallenge />;
