import { AccountActivitySection } from "../features/audit/components/account-activity-section";
import { CalendarFeedSection } from "../features/events/components/calendar-feed-section";
import { MemberLearningProfile } from "../features/members/components/member-learning-profile";
import { suggestedGoals } from "../features/matching/utils/suggestion-labels";
import type { GoalPathSlots } from "../features/mentorship/components/goal-path-slots";
import { MentorshipRequestAction, MentorshipRequestButton } from "../features/mentorship/components/mentorship-request-action";
import { MemberProjects } from "../features/projects/components/member-projects";
import { ProjectsNeedingYou } from "../features/projects/components/projects-needing-you";
import { GoalPathProgress, PathPicker } from "../features/training/paths/components/goal-path";
import { SurveyCallout } from "../features/survey/components/survey-callout";
import { PathSuggestions } from "../features/training/paths/components/path-suggestions";
import type { MemberProfile, MentorSuggestion } from "../lib/api/types";

// Features never import each other: what one feature offers on another's page is composed here.

/** The member page offers what the other features can do with a member: ask them for mentoring; and lists their projects. */
export const renderMemberActions = (member: MemberProfile) => (
  <>
    <MentorshipRequestAction mentor={member} />
    <MemberProjects memberId={member.id} displayName={member.displayName} />
  </>
);

/**
 * « Mon espace » ends with what other features suggest, for a beginner above all: « Pour commencer » (learning paths suited to
 * them), then the projects that need their skills.
 */
export const renderMonEspaceSuggestions = () => (
  <>
    <PathSuggestions />
    <ProjectsNeedingYou />
  </>
);

/** « Mon espace » opens with what the community asks of the member now: the open satisfaction survey. */
export const renderMonEspaceAnnouncements = () => <SurveyCallout />;

/** A suggested mentor can be asked for mentoring, with the same request as on their page, its goals prefilled. */
export const renderSuggestionRequest = (suggestion: MentorSuggestion) => (
  <MentorshipRequestButton mentor={suggestion.mentor} initialGoals={suggestedGoals(suggestion)} />
);

/** A mentorship goal may be linked to a learning path: the goal forms get a path picker, the goal the mentee's progress. */
export const goalPathSlots: GoalPathSlots = {
  renderPicker: (props) => <PathPicker {...props} />,
  renderProgress: (goal, mentorship) =>
    goal.path && (
      <GoalPathProgress path={goal.path} menteeName={mentorship.myRole === "MENTEE" ? undefined : mentorship.mentee.displayName} />
    ),
};

/** A mentor reads, on the pairing, the mentee's levels and the skills they want to acquire, from the member's profile. */
export const renderMenteeProfile = (mentee: { id: string; displayName: string }) => (
  <MemberLearningProfile memberId={mentee.id} displayName={mentee.displayName} />
);

/**
 * My profile ends with what other features keep for me: « Mon agenda », the private address of my events; « Activité de mon
 * compte », the security events of my account.
 */
export const renderProfileSections = () => (
  <>
    <CalendarFeedSection />
    <AccountActivitySection />
  </>
);
