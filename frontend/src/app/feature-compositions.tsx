import { WeeklyChallenge } from "../features/challenges/components/weekly-challenge";
import { suggestedGoals } from "../features/matching/utils/suggestion-labels";
import { MentorshipRequestAction, MentorshipRequestButton } from "../features/mentorship/components/mentorship-request-action";
import { MemberProjects } from "../features/projects/components/member-projects";
import { ProjectsNeedingYou } from "../features/projects/components/projects-needing-you";
import type { MemberProfile, MentorSuggestion } from "../lib/api/types";

// Features never import each other: what one feature offers on another's page is composed here.

/** The member page offers what the other features can do with a member: ask them for mentoring; and lists their projects. */
export const renderMemberActions = (member: MemberProfile) => (
  <>
    <MentorshipRequestAction mentor={member} />
    <MemberProjects memberId={member.id} displayName={member.displayName} />
  </>
);

/** The home page of a signed-in member shows what other features have for them: « Le défi de la semaine », then projects that need their skills. */
export function HomeForMember() {
  return (
    <>
      <WeeklyChallenge />
      <ProjectsNeedingYou />
    </>
  );
}

/** A suggested mentor can be asked for mentoring, with the same request as on their page, its goals prefilled. */
export const renderSuggestionRequest = (suggestion: MentorSuggestion) => (
  <MentorshipRequestButton mentor={suggestion.mentor} initialGoals={suggestedGoals(suggestion)} />
);
