import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { PathSummary } from "../api/path-types";
import { durationLabel, PATH_LANGUAGE_LABELS, PATH_LEVEL_LABELS, PATH_STATUS_LABELS, stepCountLabel } from "../utils/path-labels";

/** The path's facts as badges: its state when not published, level, language, steps and time. */
export function PathBadges({ path }: { path: PathSummary }) {
  return (
    <ul className="fr-badges-group">
      {path.status !== "PUBLISHED" && (
        <li>
          <Badge small severity={path.status === "DRAFT" ? "info" : undefined}>
            {PATH_STATUS_LABELS[path.status]}
          </Badge>
        </li>
      )}
      <li>
        <Badge small noIcon>
          Niveau {PATH_LEVEL_LABELS[path.level].toLowerCase()}
        </Badge>
      </li>
      <li>
        <Badge small noIcon>
          {PATH_LANGUAGE_LABELS[path.programmingLanguage]}
        </Badge>
      </li>
      <li>
        <Badge small noIcon>
          {stepCountLabel(path.stepCount)}
        </Badge>
      </li>
      {path.estimatedMinutes != null && (
        <li>
          <Badge small noIcon>
            Environ {durationLabel(path.estimatedMinutes)}
          </Badge>
        </li>
      )}
    </ul>
  );
}
