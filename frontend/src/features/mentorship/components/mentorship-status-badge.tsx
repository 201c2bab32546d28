import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { MentorshipStatus } from "../../../lib/api/types";
import { STATUS_LABELS, STATUS_SEVERITIES } from "../utils/mentorship-labels";

export function MentorshipStatusBadge({ status, small = false }: { status: MentorshipStatus; small?: boolean }) {
  return (
    <Badge severity={STATUS_SEVERITIES[status]} small={small}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
