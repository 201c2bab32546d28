import { Badge } from "@codegouvfr/react-dsfr/Badge";

/** Whether a member offers or looks for mentoring, as DSFR badges. */
export function MentoringBadges({ canMentor, wantsMentor }: { canMentor: boolean; wantsMentor: boolean }) {
  if (!canMentor && !wantsMentor) return null;
  return (
    <ul className="fr-badges-group">
      {canMentor && (
        <li>
          <Badge severity="success" small>
            Peut accompagner
          </Badge>
        </li>
      )}
      {wantsMentor && (
        <li>
          <Badge severity="info" small>
            Souhaite être accompagné·e
          </Badge>
        </li>
      )}
    </ul>
  );
}
