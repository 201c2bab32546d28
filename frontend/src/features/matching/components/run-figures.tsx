import { Table } from "@codegouvfr/react-dsfr/Table";
import type { MatchingRunFigures } from "../../../lib/api/types";
import { formatCount, formatGain, formatScore } from "../utils/run-labels";

/**
 * What a run found, in the animateurs' words: who was to be paired, how many pairs it proposes, who is left without a
 * mentor, and how much better its pairs suit than handing out the mentors one person at a time.
 */
export function RunFigures({ figures }: { figures: MatchingRunFigures }) {
  const unmatched = Math.max(0, figures.mentees - figures.matched);
  const rows = [
    ["Personnes à accompagner", formatCount(figures.mentees)],
    ["Mentors disponibles", formatCount(figures.mentors)],
    ["Binômes proposés", formatCount(figures.matched)],
    ["Personnes sans mentor proposé", formatCount(unmatched)],
    ["Score moyen d'un binôme", formatScore(figures.meanScore)],
    [ONE_AT_A_TIME_GAIN, formatGain(figures)],
  ];
  return (
    <>
      <Table caption="Chiffres du calcul" noCaption headers={["Indicateur", "Valeur"]} data={rows} />
      <p className="fr-text--sm">
        Le score d'un binôme mesure à quel point le mentor convient (compétences, langage, places libres, ministère, région). Le gain
        compare les binômes proposés à une attribution une par une, où chaque personne reçoit à son tour le meilleur mentor encore libre.
      </p>
    </>
  );
}

/** The figure that says how much better the run did than handing out the mentors one person at a time. */
export const ONE_AT_A_TIME_GAIN = "Gain sur une attribution une par une";
