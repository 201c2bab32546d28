import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useRef, useState } from "react";
import { ProblemAlert } from "../../../../components/problem-alert";
import { useFollowPath } from "../api/path-mutations";
import type { PathView } from "../api/path-types";
import { PathProgressBar } from "./path-progress-bar";

/** Follow a published path; a follower sees their progress and may stop following, after a confirmation. */
export function FollowPath({ path }: { path: PathView }) {
  const follow = useFollowPath(path.id);
  const [confirming, setConfirming] = useState(false);
  const stopButton = useRef<HTMLButtonElement>(null);

  if (path.myProgress == null) {
    if (path.status !== "PUBLISHED") return null;
    return (
      <div className="fr-my-3w">
        {follow.isError && <ProblemAlert error={follow.error} title="Vous ne suivez pas ce parcours" />}
        <Button iconId="fr-icon-flag-line" disabled={follow.isPending} onClick={() => follow.mutate(true)}>
          Suivre ce parcours
        </Button>
        <p className="fr-text--sm fr-mt-1w">Vous pourrez cocher les étapes terminées et retrouver ce parcours dans « Mes parcours ».</p>
      </div>
    );
  }

  return (
    <div className="fr-my-3w">
      <PathProgressBar progress={path.myProgress} />
      {follow.isError && <ProblemAlert error={follow.error} title="Vous suivez toujours ce parcours" />}
      {confirming ? (
        <div
          role="group"
          aria-labelledby="unfollow-question"
          className="fr-p-2w"
          style={{ border: "1px solid var(--border-default-grey)" }}
        >
          <p id="unfollow-question" className="fr-text--bold">
            Ne plus suivre « {path.title} » ?
          </p>
          <p>
            Le parcours quittera « Mes parcours ». Les étapes cochées sont gardées : si vous le suivez de nouveau, vous les retrouverez.
          </p>
          <ButtonsGroup
            inlineLayoutWhen="md and up"
            buttons={[
              {
                children: "Ne plus suivre",
                disabled: follow.isPending,
                onClick: () => follow.mutate(false, { onSuccess: () => setConfirming(false) }),
              },
              {
                children: "Annuler",
                priority: "secondary",
                onClick: () => {
                  setConfirming(false);
                  requestAnimationFrame(() => stopButton.current?.focus());
                },
              },
            ]}
          />
        </div>
      ) : (
        <Button ref={stopButton} priority="tertiary" size="small" onClick={() => setConfirming(true)}>
          Ne plus suivre ce parcours
        </Button>
      )}
    </div>
  );
}
