import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ProjectStatus } from "../../../lib/api/types";
import { PROJECT_STATUS_LABELS, PROJECT_STATUS_SEVERITIES } from "../utils/project-labels";

export function ProjectStatusBadge({ status, small = false }: { status: ProjectStatus; small?: boolean }) {
  return (
    <Badge severity={PROJECT_STATUS_SEVERITIES[status]} small={small} noIcon>
      {PROJECT_STATUS_LABELS[status]}
    </Badge>
  );
}
