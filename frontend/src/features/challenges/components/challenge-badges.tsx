import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ChallengeSummary } from "../../../lib/api/types";
import { CHALLENGE_LANGUAGE_LABELS, levelLabel, STATE_LABELS } from "../utils/challenge-labels";

const STATE_SEVERITY = { OPEN: "success", UPCOMING: "info", CLOSED: undefined } as const;

/** The state of a challenge, its suggested level and language, as a group of badges. */
export function ChallengeBadges({ challenge, small = false }: { challenge: ChallengeSummary; small?: boolean }) {
  return (
    <ul className="fr-badges-group">
      <li>
        <Badge small={small} severity={STATE_SEVERITY[challenge.state]} noIcon>
          {STATE_LABELS[challenge.state]}
        </Badge>
      </li>
      <li>
        <Badge small={small} noIcon>
          {levelLabel(challenge.suggestedLevel)}
        </Badge>
      </li>
      <li>
        <Badge small={small} noIcon>
          {CHALLENGE_LANGUAGE_LABELS[challenge.suggestedLanguage]}
        </Badge>
      </li>
    </ul>
  );
}
