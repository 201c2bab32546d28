import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { ChallengeEntry } from "../../../lib/api/types";
import { totalLabel } from "../../../lib/list-total";
import { isAnimateurOrAdmin, useSession } from "../../../lib/session/use-session";
import { formatDateTime } from "../../../utils/format-date";
import { useHighlight } from "../api/entry-reactions";
import { useChallengeEntries } from "../api/use-challenges";
import { EntryComments } from "./entry-comments";
import { EntryContent } from "./entry-content";
import { KudosButton } from "./kudos-button";

function HighlightToggle({ challengeId, entry }: { challengeId: string; entry: ChallengeEntry }) {
  const highlight = useHighlight(challengeId, entry.id);
  return (
    <>
      <Button
        size="small"
        priority="tertiary"
        iconId={entry.highlighted ? "fr-icon-star-fill" : "fr-icon-star-line"}
        disabled={highlight.isPending}
        nativeButtonProps={{ "aria-pressed": entry.highlighted }}
        onClick={() => highlight.mutate(!entry.highlighted)}
      >
        Mettre en avant <span className="fr-sr-only">la participation de {entry.authorName}</span>
      </Button>
      {highlight.isError && <ProblemAlert error={highlight.error} title="La mise en avant n'a pas changé" />}
    </>
  );
}

type EntryCardProps = { challengeId: string; entry: ChallengeEntry; memberId: string | null; animateur: boolean };

function EntryCard({ challengeId, entry, memberId, animateur }: EntryCardProps) {
  const mine = entry.authorId === memberId;
  return (
    <article className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby={`entry-${entry.id}`}>
      <h3 id={`entry-${entry.id}`} className="fr-h6 fr-mb-1w">
        {entry.authorName}
        {mine && " (vous)"}
      </h3>
      {(entry.highlighted || entry.vestiaire) && (
        <ul className="fr-badges-group">
          {entry.highlighted && (
            <li>
              <Badge severity="success" small>
                Mise en avant
              </Badge>
            </li>
          )}
          {entry.vestiaire && (
            <li>
              <Badge severity="new" small>
                Vestiaire
              </Badge>
            </li>
          )}
        </ul>
      )}
      <p className="fr-text--xs fr-mb-1w">
        Déposée le <time dateTime={entry.submittedAt}>{formatDateTime(entry.submittedAt)}</time>
      </p>
      <EntryContent entry={entry} />
      <KudosButton challengeId={challengeId} entry={entry} mine={mine} />
      {animateur && <HighlightToggle challengeId={challengeId} entry={entry} />}
      <EntryComments challengeId={challengeId} entry={entry} memberId={memberId} moderator={animateur} />
    </article>
  );
}

/** After closing: every entry, highlighted first, with kudos and comments. */
export function EntriesSection({ challengeId }: { challengeId: string }) {
  const session = useSession();
  const entries = useChallengeEntries(challengeId);
  const memberId = session.status === "authenticated" ? session.memberId : null;
  const animateur = isAnimateurOrAdmin(session);

  return (
    <section aria-labelledby="entries-heading" className="fr-mt-6w">
      <h2 id="entries-heading">Les participations</h2>
      {entries.isError ? (
        <ProblemAlert error={entries.error} title="Les participations n'ont pas pu être chargées" />
      ) : !entries.isSuccess ? (
        <LoadingMessage>Chargement des participations…</LoadingMessage>
      ) : entries.data.items.length === 0 ? (
        <p>Personne n'a participé à ce défi. Il reste ouvert à tous comme exercice : lancez-vous, à votre rythme !</p>
      ) : (
        <>
          <p>
            {totalLabel(entries.data, "participation", "participations")}, les mises en avant d'abord. Encouragez les autres d'un bravo ou
            d'un commentaire bienveillant.
          </p>
          <ul className="fr-raw-list">
            {entries.data.items.map((entry) => (
              <li key={entry.id} className="fr-mb-3w">
                <EntryCard challengeId={challengeId} entry={entry} memberId={memberId} animateur={animateur} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
