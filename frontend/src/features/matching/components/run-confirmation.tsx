import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Ref } from "react";
import type { MatchingRun } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { formatCount } from "../utils/run-labels";

function count(value: number, one: string, many: string): string {
  return value <= 1 ? `${value} ${one}` : `${formatCount(value)} ${many}`;
}

/** What the confirmation of a run did: the requests sent, and the pairs skipped because things had changed. */
export function RunConfirmation({ run, containerRef }: { run: MatchingRun; containerRef: Ref<HTMLDivElement> }) {
  const created = run.created ?? 0;
  const skipped = run.skipped ?? 0;
  const when = run.confirmedAt ? ` le ${formatDateTime(run.confirmedAt)}` : "";
  const who = run.confirmedBy ? ` par ${run.confirmedBy.displayName}` : "";
  return (
    <div ref={containerRef} tabIndex={-1}>
      <Alert
        as="h2"
        severity="success"
        className="fr-mb-4w"
        title="Appariement confirmé"
        description={
          <>
            <p>
              {count(created, "demande de mentorat envoyée", "demandes de mentorat envoyées")},{" "}
              {count(skipped, "binôme écarté", "binômes écartés")}.
            </p>
            <p>
              Confirmé{when}
              {who}. Les mentors acceptent ou déclinent les demandes comme d'habitude.
            </p>
          </>
        }
      />
    </div>
  );
}

/** While the requests leave, batch after batch: how many have been handled so far. */
export function RunSending({ run }: { run: MatchingRun }) {
  const handled = (run.created ?? 0) + (run.skipped ?? 0);
  const total = run.toSend ?? handled;
  return (
    <div aria-live="polite">
      <Alert
        as="h2"
        severity="info"
        className="fr-mb-4w"
        title="Envoi des demandes en cours"
        description={`${formatCount(handled)} binôme${handled > 1 ? "s" : ""} traité${handled > 1 ? "s" : ""} sur ${formatCount(total)}. Vous pouvez quitter cette page : l'envoi continue.`}
      />
    </div>
  );
}
