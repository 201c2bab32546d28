import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ResourceSummary } from "../../../lib/api/types";
import {
  CONTENT_LANGUAGE_LABELS,
  PROGRAMMING_LANGUAGE_LABELS,
  RESOURCE_LEVEL_LABELS,
  RESOURCE_STATUS_LABELS,
  RESOURCE_STATUS_SEVERITIES,
  RESOURCE_TYPE_LABELS,
} from "../utils/resource-labels";

type ResourceBadgesProps = { resource: ResourceSummary; small?: boolean };

/** Type, level, language, content language, price and, for what is not published, its state; « Terminée » when I finished it. */
export function ResourceBadges({ resource, small = true }: ResourceBadgesProps) {
  return (
    <ul className="fr-badges-group">
      {resource.status !== "PUBLISHED" && (
        <li>
          <Badge small={small} severity={RESOURCE_STATUS_SEVERITIES[resource.status]}>
            {RESOURCE_STATUS_LABELS[resource.status]}
          </Badge>
        </li>
      )}
      {resource.done && (
        <li>
          <Badge small={small} severity="success">
            Terminée
          </Badge>
        </li>
      )}
      <li>
        <Badge small={small} severity="info" noIcon>
          {RESOURCE_TYPE_LABELS[resource.type]}
        </Badge>
      </li>
      <li>
        <Badge small={small} noIcon>
          Niveau {RESOURCE_LEVEL_LABELS[resource.level].toLowerCase()}
        </Badge>
      </li>
      {resource.programmingLanguage !== "NONE" && (
        <li>
          <Badge small={small} noIcon>
            {PROGRAMMING_LANGUAGE_LABELS[resource.programmingLanguage]}
          </Badge>
        </li>
      )}
      <li>
        <Badge small={small} noIcon>
          {CONTENT_LANGUAGE_LABELS[resource.contentLanguage]}
        </Badge>
      </li>
      <li>
        <Badge small={small} noIcon severity={resource.free ? "new" : undefined}>
          {resource.free ? "Gratuite" : "Payante"}
        </Badge>
      </li>
    </ul>
  );
}
