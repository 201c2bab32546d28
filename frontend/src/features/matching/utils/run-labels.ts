import type { BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import type { MatchingRunFigures, MatchingRunStage, MatchingRunStatus, MatchingWeights } from "../../../lib/api/types";

export const STATUS_LABELS: Record<MatchingRunStatus, string> = {
  RUNNING: "Calcul en cours",
  DONE: "Prêt à revoir",
  FAILED: "Échec",
  CONFIRMING: "Envoi des demandes",
  CONFIRMED: "Confirmé",
};

export const STATUS_SEVERITIES: Record<MatchingRunStatus, BadgeProps["severity"]> = {
  RUNNING: "info",
  DONE: "new",
  FAILED: "error",
  CONFIRMING: "info",
  CONFIRMED: "success",
};

/** The stages of a computation, in order. */
export const STAGES = ["LOADING", "CANDIDATES", "SOLVING", "SAVING", "FINISHED"] as const satisfies readonly MatchingRunStage[];

export const STAGE_LABELS: Record<MatchingRunStage, string> = {
  LOADING: "Chargement",
  CANDIDATES: "Recherche des candidats",
  SOLVING: "Optimisation",
  SAVING: "Enregistrement",
  FINISHED: "Terminé",
};

/** The criteria of the score, in the order the form and the parameters show them. */
export const WEIGHT_NAMES = [
  "skill",
  "language",
  "capacity",
  "otherMinistry",
  "sameRegion",
] as const satisfies readonly (keyof MatchingWeights)[];

export type WeightName = (typeof WEIGHT_NAMES)[number];

export const WEIGHT_LABELS: Record<WeightName, string> = {
  skill: "Compétences à développer",
  language: "Langage commun (Python ou R)",
  capacity: "Places libres du mentor",
  otherMinistry: "Autre ministère",
  sameRegion: "Même région",
};

const INTEGER = new Intl.NumberFormat("fr-FR");
const SCORE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const GAIN = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" });

export const formatCount = (value: number) => INTEGER.format(value);

export const formatScore = (value: number) => SCORE.format(value);

/** How much better the optimal total is than the greedy one, as a fraction (0.095 for 9,5 %); null without a greedy total. */
type Totals = Pick<MatchingRunFigures, "totalScore" | "greedyTotalScore">;

export function gainOverGreedy({ totalScore, greedyTotalScore }: Totals): number | null {
  return greedyTotalScore > 0 ? (totalScore - greedyTotalScore) / greedyTotalScore : null;
}

/** "+9,5 %", or "—" when there is nothing to compare with. */
export function formatGain(figures: Totals): string {
  const gain = gainOverGreedy(figures);
  return gain === null ? "—" : GAIN.format(gain);
}
