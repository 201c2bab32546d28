import { Button } from "@codegouvfr/react-dsfr/Button";
import { ProblemAlert } from "../../../components/problem-alert";
import type { ChallengeEntry } from "../../../lib/api/types";
import { useKudos } from "../api/entry-reactions";
import { kudosLabel } from "../utils/challenge-labels";

/**
 * The kudos of an entry: a toggle (pressed when I gave mine) beside the count; my own entry shows the count only.
 */
export function KudosButton({ challengeId, entry, mine }: { challengeId: string; entry: ChallengeEntry; mine: boolean }) {
  const kudos = useKudos(challengeId, entry.id);
  const count = <span className="fr-text--sm fr-mb-0">{kudosLabel(entry.kudos)}</span>;
  if (mine) return <p className="fr-mb-1w">{count}</p>;
  return (
    <div className="fr-mb-1w">
      <Button
        size="small"
        priority={entry.kudosGivenByMe ? "primary" : "secondary"}
        iconId={entry.kudosGivenByMe ? "fr-icon-thumb-up-fill" : "fr-icon-thumb-up-line"}
        disabled={kudos.isPending}
        nativeButtonProps={{ "aria-pressed": entry.kudosGivenByMe }}
        onClick={() => kudos.mutate(!entry.kudosGivenByMe)}
      >
        Bravo <span className="fr-sr-only">à {entry.authorName}</span>
      </Button>{" "}
      {count}
      {kudos.isError && <ProblemAlert error={kudos.error} title="Votre bravo n'a pas été pris en compte" />}
    </div>
  );
}
