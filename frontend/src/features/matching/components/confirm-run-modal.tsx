import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { ProblemAlert } from "../../../components/problem-alert";
import { useConfirmMatchingRun } from "../api/confirm-matching-run";
import { formatCount } from "../utils/run-labels";

const modal = createModal({ id: "matching-confirm-modal", isOpenedByDefault: false });

/** Props of the button that opens the confirmation. */
export const confirmRunButtonProps = modal.buttonProps;

function requestsLabel(count: number): string {
  if (count === 0) return "Aucune demande de mentorat ne sera envoyée : tous les binômes ont été retirés.";
  return count === 1
    ? "1 demande de mentorat sera envoyée, au nom du programme Spyrales."
    : `${formatCount(count)} demandes de mentorat seront envoyées, au nom du programme Spyrales.`;
}

type ConfirmRunModalProps = {
  runId: string;
  /** The pairs kept: proposed minus removed. */
  keptCount: number;
  onConfirmed: () => void;
};

/** Asks before sending the requests, says how many will go, and shows why the server refused (409: already confirmed…). */
export function ConfirmRunModal({ runId, keptCount, onConfirmed }: ConfirmRunModalProps) {
  const confirm = useConfirmMatchingRun(runId);

  useIsModalOpen(modal, { onConceal: () => confirm.reset() });

  const send = () =>
    confirm.mutate(undefined, {
      onSuccess: () => {
        modal.close();
        onConfirmed();
      },
    });

  return (
    <modal.Component
      title="Confirmer l'appariement et envoyer les demandes ?"
      titleAs="h2"
      buttons={[
        { children: "Revenir à la proposition", priority: "secondary" },
        { children: "Confirmer et envoyer", doClosesModal: false, disabled: confirm.isPending, onClick: send },
      ]}
    >
      <p>{requestsLabel(keptCount)}</p>
      <p>
        Chaque mentor recevra la demande et l'acceptera ou la déclinera comme d'habitude. Les binômes retirés ne sont pas contactés. Un
        appariement ne se confirme qu'une fois.
      </p>
      {confirm.isError && <ProblemAlert error={confirm.error} title="L'appariement n'a pas été confirmé" />}
    </modal.Component>
  );
}
