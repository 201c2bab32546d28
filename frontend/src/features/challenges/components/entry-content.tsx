import type { ChallengeEntry } from "../../../lib/api/types";
import { ENTRY_LANGUAGE_LABELS } from "../utils/challenge-labels";

/** What an entry says: its link, its text, the language used, and for the « vestiaire » what blocked its author. */
export function EntryContent({ entry }: { entry: ChallengeEntry }) {
  return (
    <>
      {entry.link && (
        <p>
          <a className="fr-link fr-icon-external-link-line fr-link--icon-right" href={entry.link} target="_blank" rel="noreferrer">
            Voir le notebook ou le dépôt <span className="fr-sr-only">de {entry.authorName} (nouvelle fenêtre)</span>
          </a>
        </p>
      )}
      {entry.text && <p style={{ whiteSpace: "pre-line" }}>{entry.text}</p>}
      <p className="fr-text--sm fr-mb-1w">Langage ou outil : {ENTRY_LANGUAGE_LABELS[entry.language]}</p>
      {entry.vestiaire && entry.blockedBy && (
        <p className="fr-text--sm" style={{ whiteSpace: "pre-line" }}>
          <strong>Ce qui m'a bloqué :</strong> {entry.blockedBy}
        </p>
      )}
    </>
  );
}
