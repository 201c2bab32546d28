import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { Project, ProjectJoinRequest } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { useProjectJoinRequests } from "../api/get-projects";
import { useAcceptJoinRequest, useDeclineJoinRequest } from "../api/project-team";

const declineModal = createModal({ id: "project-decline-modal", isOpenedByDefault: false });

function DeclineModal({
  project,
  request,
  onDone,
}: {
  project: Project;
  request: ProjectJoinRequest | null;
  onDone: (text: string) => void;
}) {
  const decline = useDeclineJoinRequest(project.id);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const serverErrors = mapFieldErrors(decline.error, ["reason"]);
  const formId = "project-decline-form";

  useIsModalOpen(declineModal, {
    onConceal: () => {
      setReason("");
      setError(undefined);
      decline.reset();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!request) return;
    if (!reason.trim()) {
      setError("Donnez un motif : la personne le lira avec votre réponse.");
      return;
    }
    decline.mutate(
      { requestId: request.id, body: { reason: reason.trim() } },
      {
        onSuccess: () => {
          declineModal.close();
          onDone(`La demande de ${request.displayName} est déclinée.`);
        },
      },
    );
  };

  return (
    <declineModal.Component
      title={`Décliner la demande de ${request?.displayName ?? ""} ?`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Décliner la demande",
          doClosesModal: false,
          type: "submit",
          disabled: decline.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      {decline.isError && <ProblemAlert error={decline.error} title="La demande n'a pas été déclinée" fieldNames={["reason"]} />}
      <form id={formId} onSubmit={submit} noValidate>
        <Input
          label="Motif"
          hintText="Transmis à la personne avec votre réponse"
          textArea
          {...fieldState(error ?? serverErrors.reason)}
          nativeTextAreaProps={{
            name: "reason",
            value: reason,
            maxLength: 2000,
            rows: 4,
            onChange: (event) => {
              setReason(event.target.value);
              setError(undefined);
            },
          }}
        />
      </form>
    </declineModal.Component>
  );
}

/** The leads' answers to the requests to join: accept at once, or decline with a reason. */
export function JoinRequests({ project }: { project: Project }) {
  const requests = useProjectJoinRequests(project.id, project.myRole === "LEAD");
  const accept = useAcceptJoinRequest(project.id);
  const [declined, setDeclined] = useState<ProjectJoinRequest | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = requests.data?.filter((request) => request.state === "PENDING") ?? [];

  useIsModalOpen(declineModal, { onConceal: () => heading.current?.focus() });

  const openDecline = (request: ProjectJoinRequest) => {
    flushSync(() => setDeclined(request));
    declineModal.open();
  };

  return (
    <section aria-labelledby="project-requests-heading" className="fr-mb-6w">
      <h2 id="project-requests-heading" ref={heading} tabIndex={-1}>
        Demandes pour rejoindre l'équipe
      </h2>
      <p role="status" aria-live="polite">
        {news}
      </p>
      {requests.isPending && <LoadingMessage>Chargement des demandes…</LoadingMessage>}
      {requests.isError && <ProblemAlert error={requests.error} title="Les demandes n'ont pas pu être chargées" />}
      {accept.isError && <ProblemAlert error={accept.error} title="La demande n'a pas été acceptée" />}
      {requests.isSuccess && pending.length === 0 && <p>Aucune demande en attente.</p>}
      {pending.length > 0 && (
        <ul className="fr-raw-list">
          {pending.map((request) => (
            <li key={request.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-2w">
              <h3 className="fr-h6 fr-mb-1w">{request.displayName}</h3>
              <p className="fr-text--sm fr-mb-1w">Demande du {formatDateTime(request.createdAt)}</p>
              <blockquote className="fr-mb-2w">{request.message}</blockquote>
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
                <li>
                  <Button
                    iconId="fr-icon-check-line"
                    disabled={accept.isPending}
                    onClick={() =>
                      accept.mutate(request.id, {
                        onSuccess: () => {
                          setNews(`${request.displayName} fait maintenant partie de l'équipe.`);
                          heading.current?.focus();
                        },
                      })
                    }
                  >
                    Accepter <span className="fr-sr-only">la demande de {request.displayName}</span>
                  </Button>
                </li>
                <li>
                  <Button priority="secondary" iconId="fr-icon-close-line" onClick={() => openDecline(request)}>
                    Décliner <span className="fr-sr-only">la demande de {request.displayName}</span>
                  </Button>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
      <DeclineModal project={project} request={declined} onDone={setNews} />
    </section>
  );
}
