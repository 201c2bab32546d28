import type { PathProgress } from "../api/path-types";
import { progressLabel } from "../utils/path-labels";

/** The progress as a bar that assistive technologies read, with the figures written beside it. */
export function PathProgressBar({ progress, label = "Ma progression" }: { progress: PathProgress; label?: string }) {
  return (
    <div className="fr-my-2w">
      <p className="fr-mb-1v">
        {label} : {progressLabel(progress)}
      </p>
      <progress
        className="path-progress"
        max={100}
        value={progress.percent}
        aria-label={`${label} : ${progress.percent} %`}
        style={{ width: "100%", height: "0.75rem", accentColor: "var(--background-action-high-blue-france)" }}
      />
    </div>
  );
}
