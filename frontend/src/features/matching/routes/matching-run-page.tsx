import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { MatchingRun } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useMatchingRun } from "../api/get-matching-run";
import { ConfirmRunModal, confirmRunButtonProps } from "../components/confirm-run-modal";
import { RunCompletionAnnouncer } from "../components/run-completion-announcer";
import { RunConfirmation, RunSending } from "../components/run-confirmation";
import { RunFigures } from "../components/run-figures";
import { RunParameters } from "../components/run-parameters";
import { RunProgress } from "../components/run-progress";
import { RunProposals } from "../components/run-proposals";
import { RunStatusBadge } from "../components/run-status-badge";
import { formatCount } from "../utils/run-labels";

const RUNS_SEGMENT = { label: "Appariements", linkProps: { to: paths.animation.matchingRuns.getHref() } };

const titleOf = (run: MatchingRun | undefined) => (run ? `Appariement du ${formatDateTime(run.startedAt)}` : "Appariement");

function ReviewAndConfirm({ run, onConfirmed }: { run: MatchingRun; onConfirmed: () => void }) {
  const matched = run.figures?.matched ?? 0;
  const kept = Math.max(0, matched - run.removed);
  return (
    <div className="fr-mt-4w">
      <p>
        {formatCount(kept)} binôme{kept > 1 ? "s" : ""} gardé{kept > 1 ? "s" : ""} sur {formatCount(matched)}. Les demandes de mentorat
        partent seulement quand vous confirmez.
      </p>
      <Button iconId="fr-icon-send-plane-line" iconPosition="left" nativeButtonProps={confirmRunButtonProps}>
        Confirmer et envoyer les demandes
      </Button>
      <ConfirmRunModal runId={run.id} keptCount={kept} onConfirmed={onConfirmed} />
    </div>
  );
}

function RunDetails({ run }: { run: MatchingRun }) {
  const [justConfirmed, setJustConfirmed] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const isConfirmed = run.status === "CONFIRMING" || run.status === "CONFIRMED";
  const isReviewable = run.status === "DONE" || isConfirmed;

  // The confirm button is gone with the modal: the focus goes to the message that says what was sent.
  useEffect(() => {
    if (justConfirmed && run.status === "CONFIRMED") confirmation.current?.focus();
  }, [justConfirmed, run.status]);

  return (
    <>
      <div className="fr-mb-3w">
        <RunStatusBadge status={run.status} />
        <p className="fr-mt-1w">Lancé par {run.startedBy.displayName}.</p>
      </div>
      <RunCompletionAnnouncer run={run} />
      {run.status === "RUNNING" && <RunProgress stage={run.stage} />}
      {run.status === "FAILED" && (
        <Alert
          as="h2"
          severity="error"
          className="fr-mb-4w"
          title="Le calcul a échoué"
          description={run.error ?? "Le calcul n'a pas abouti."}
        />
      )}
      {run.status === "CONFIRMING" && <RunSending run={run} />}
      {run.status === "CONFIRMED" && <RunConfirmation run={run} containerRef={confirmation} />}
      {isReviewable && (
        <section className="fr-mt-4w" aria-labelledby="run-proposals-title">
          <h2 id="run-proposals-title">Binômes proposés</h2>
          {run.status === "DONE" && <p>Relisez les binômes et retirez ceux qui ne conviennent pas, puis confirmez en bas de la liste.</p>}
          <RunProposals runId={run.id} confirmed={isConfirmed} progress={`${run.status}:${(run.created ?? 0) + (run.skipped ?? 0)}`} />
          {run.status === "DONE" && <ReviewAndConfirm run={run} onConfirmed={() => setJustConfirmed(true)} />}
        </section>
      )}
      {run.figures && (
        <section className="fr-mt-4w" aria-labelledby="run-figures-title">
          <h2 id="run-figures-title">Chiffres du calcul</h2>
          <RunFigures figures={run.figures} />
        </section>
      )}
      <section className="fr-mt-4w" aria-labelledby="run-parameters-title">
        <h2 id="run-parameters-title">Paramètres</h2>
        <RunParameters parameters={run.parameters} />
      </section>
    </>
  );
}

function RunPageContent({ id }: { id: string }) {
  const run = useMatchingRun(id);
  const title = titleOf(run.data);
  useDocumentTitle(title);

  if (isNotFound(run.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: paths.home.getHref() }} segments={[RUNS_SEGMENT]} />
      <h1>{title}</h1>
      {run.isPending && <LoadingMessage>Chargement de l'appariement…</LoadingMessage>}
      {run.isError && <ProblemAlert error={run.error} title="Cet appariement n'est pas disponible" />}
      {run.isSuccess && <RunDetails run={run.data} />}
    </>
  );
}

export function MatchingRunPage() {
  const { id = "" } = useParams();
  return (
    <AnimateurOnly title="Appariement">
      <RunPageContent id={id} />
    </AnimateurOnly>
  );
}
