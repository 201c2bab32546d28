import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { MatchReason } from "../../../lib/api/types";

const pointsFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, signDisplay: "always" });

/** The parts of a compatibility score, each as a DSFR tag « label (+points) ». */
export function ReasonTags({ reasons }: { reasons: MatchReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="fr-tags-group">
      {reasons.map(({ criterion, label, points }) => (
        <li key={`${criterion}-${label}`}>
          <Tag small>{`${label} (${pointsFormat.format(points)})`}</Tag>
        </li>
      ))}
    </ul>
  );
}
