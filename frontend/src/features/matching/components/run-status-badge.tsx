import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { MatchingRunStatus } from "../../../lib/api/types";
import { STATUS_LABELS, STATUS_SEVERITIES } from "../utils/run-labels";

export function RunStatusBadge({ status, small = false }: { status: MatchingRunStatus; small?: boolean }) {
  return (
    <Badge severity={STATUS_SEVERITIES[status]} small={small}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
