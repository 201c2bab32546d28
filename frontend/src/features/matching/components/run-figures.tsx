import { Table } from "@codegouvfr/react-dsfr/Table";
import type { MatchingRunFigures } from "../../../lib/api/types";
import { formatCount, formatDuration, formatGain, formatScore } from "../utils/run-labels";

/** What a run found and how much better it did than the greedy method (the best free mentor for each, in turn). */
export function RunFigures({ figures }: { figures: MatchingRunFigures }) {
  const rows = [
    ["Personnes à accompagner", formatCount(figures.mentees)],
    ["Mentors disponibles", formatCount(figures.mentors)],
    ["Binômes candidats examinés", formatCount(figures.candidates)],
    ["Binômes proposés", `${formatCount(figures.matched)} (méthode gloutonne : ${formatCount(figures.greedyMatched)})`],
    ["Score moyen d'un binôme", formatScore(figures.meanScore)],
    ["Score total", formatScore(figures.totalScore)],
    ["Score total de la méthode gloutonne", formatScore(figures.greedyTotalScore)],
    ["Gain sur la méthode gloutonne", formatGain(figures)],
    ["Durée du calcul", formatDuration(figures.durationMs)],
  ];
  return <Table caption="Chiffres du calcul" noCaption headers={["Indicateur", "Valeur"]} data={rows} />;
}
