import type { MentorSuggestion } from "../../../lib/api/types";

const SCORE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** "82 / 100", as shown. */
export function scoreLabel(score: number, maxScore: number): string {
  return `${SCORE.format(score)} / ${SCORE.format(maxScore)}`;
}

/** "82 sur 100", as read by a screen reader. */
export function spokenScoreLabel(score: number, maxScore: number): string {
  return `${SCORE.format(score)} sur ${SCORE.format(maxScore)}`;
}

export function freePlacesLabel(freePlaces: number): string {
  if (freePlaces === 0) return "Aucune place libre";
  return freePlaces === 1 ? "1 place libre" : `${freePlaces} places libres`;
}

export function suggestionCountLabel(count: number): string {
  return count === 1 ? "1 mentor suggéré" : `${count} mentors suggérés`;
}

/** Goals to start a request from: one per skill the mentor was suggested for, three at most. */
export function suggestedGoals(suggestion: MentorSuggestion): string[] {
  return suggestion.reasons
    .filter((reason) => reason.criterion === "SKILL" && reason.skill)
    .slice(0, 3)
    .map((reason) => `Progresser en ${reason.skill?.name}`);
}
