import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { PartnerClient } from "../../../lib/api/types";
import { STATUS_LABELS, STATUS_SEVERITIES } from "../utils/partner-labels";

export function StatusBadge({ status }: { status: PartnerClient["status"] }) {
  return (
    <Badge severity={STATUS_SEVERITIES[status]} small noIcon>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
