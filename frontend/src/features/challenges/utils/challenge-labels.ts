import type { ChallengeEntryLanguage, ChallengeLanguage, ChallengeState } from "../../../lib/api/types";

export const CHALLENGE_LEVELS = [1, 2, 3, 4] as const;

const LEVEL_LABELS: Record<number, string> = { 1: "Débutant", 2: "Intermédiaire", 3: "Avancé", 4: "Expert" };

/** "Niveau 1 – Débutant". */
export const levelLabel = (level: number) => `Niveau ${level}${LEVEL_LABELS[level] ? ` – ${LEVEL_LABELS[level]}` : ""}`;

export const CHALLENGE_LANGUAGES = ["PYTHON", "R", "BOTH"] as const satisfies readonly ChallengeLanguage[];

export const CHALLENGE_LANGUAGE_LABELS: Record<ChallengeLanguage, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python ou R",
};

export const ENTRY_LANGUAGES = ["PYTHON", "R", "BOTH", "OTHER"] as const satisfies readonly ChallengeEntryLanguage[];

export const ENTRY_LANGUAGE_LABELS: Record<ChallengeEntryLanguage, string> = {
  PYTHON: "Python",
  R: "R",
  BOTH: "Python et R",
  OTHER: "Un autre outil (tableur, SQL…)",
};

export const STATE_LABELS: Record<ChallengeState, string> = {
  UPCOMING: "À venir",
  OPEN: "En cours",
  CLOSED: "Terminé",
};

const count = (total: number, one: string, many: string) =>
  total === 1 ? `1 ${one}` : `${new Intl.NumberFormat("fr-FR").format(total)} ${many}`;

/** "Aucune participation", "1 participation", "12 participations". */
export const entryCountLabel = (total: number) => (total === 0 ? "Aucune participation" : count(total, "participation", "participations"));

/** "1 bravo", "3 bravos". */
export const kudosLabel = (total: number) => count(total, "bravo", "bravos");
