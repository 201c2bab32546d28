import type { MatchingRunParameters } from "../../../lib/api/types";
import { WEIGHT_LABELS, WEIGHT_NAMES } from "../utils/run-labels";
import { FIELD_SPECS } from "../utils/run-request";

const points = (value: number) => `${value} point${value > 1 ? "s" : ""}`;

/** The parameters a run was computed with. */
export function RunParameters({ parameters }: { parameters: MatchingRunParameters }) {
  return (
    <ul>
      <li>
        {FIELD_SPECS.candidatesPerMentee.label} : {parameters.candidatesPerMentee}
      </li>
      <li>
        {FIELD_SPECS.minimumScore.label} : {parameters.minimumScore}
      </li>
      {WEIGHT_NAMES.map((name) => (
        <li key={name}>
          Poids « {WEIGHT_LABELS[name]} » : {points(parameters.weights[name])}
        </li>
      ))}
    </ul>
  );
}
