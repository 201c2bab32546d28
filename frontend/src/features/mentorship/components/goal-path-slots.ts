import type { ReactNode } from "react";
import type { Mentorship, MentorshipGoal } from "../../../lib/api/types";

/** The path chosen for a goal, as the picker gives it. */
export type GoalPathChoice = { id: string; title: string };

export type GoalPathPickerProps = { idPrefix: string; value: GoalPathChoice | null; onChange: (path: GoalPathChoice | null) => void };

/**
 * What the learning paths offer the goals, composed by the app layer (this feature does not know the paths one):
 * a picker to link a goal to a path, and the mentee's progress on the linked path.
 */
export type GoalPathSlots = {
  renderPicker: (props: GoalPathPickerProps) => ReactNode;
  renderProgress: (goal: MentorshipGoal, mentorship: Mentorship) => ReactNode;
};

/** The goal's linked path as the picker shows it. */
export function choiceOf(goal: MentorshipGoal): GoalPathChoice | null {
  return goal.path ? { id: goal.path.id, title: goal.path.title } : null;
}
