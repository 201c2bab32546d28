import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { Project } from "../../../lib/api/types";
import { useLeaveProject, useRequestToJoinProject } from "../api/project-team";
import { isOpenToRequests, TEAM_ROLE_LABELS } from "../utils/project-labels";

const joinModal = createModal({ id: "project-join-modal", isOpenedByDefault: false });
const leaveModal = createModal({ id: "project-leave-modal", isOpenedByDefault: false });

function JoinForm({ project, onSent }: { project: Project; onSent: () => void }) {
  const join = useRequestToJoinProject(project.id);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string>();
  const formId = "project-join-form";
  const serverErrors = mapFieldErrors(join.error, ["message"]);

  useIsModalOpen(joinModal, {
    onConceal: () => {
      setMessage("");
      setError(undefined);
      join.reset();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!message.trim()) {
      setError("Présentez-vous en quelques mots : les responsables liront votre message.");
      return;
    }
    join.mutate(
      { message: message.trim() },
      {
        onSuccess: () => {
          joinModal.close();
          onSent();
        },
      },
    );
  };

  return (
    <joinModal.Component
      title={`Rejoindre « ${project.title} »`}
      titleAs="h2"
      buttons={[
        { children: "Annuler", priority: "secondary" },
        {
          children: "Envoyer ma demande",
          doClosesModal: false,
          type: "submit",
          disabled: join.isPending,
          nativeButtonProps: { form: formId },
        },
      ]}
    >
      <p>Les responsables du projet recevront votre message et vous répondront.</p>
      {join.isError && <ProblemAlert error={join.error} title="La demande n'a pas été envoyée" fieldNames={["message"]} />}
      <form id={formId} onSubmit={submit} noValidate>
        <Input
          label="Votre message"
          hintText="Ce qui vous intéresse dans le projet, ce que vous savez faire ou voulez apprendre"
          textArea
          {...fieldState(error ?? serverErrors.message)}
          nativeTextAreaProps={{
            name: "message",
            value: message,
            maxLength: 2000,
            rows: 5,
            onChange: (event) => {
              setMessage(event.target.value);
              setError(undefined);
            },
          }}
        />
      </form>
    </joinModal.Component>
  );
}

function LeaveConfirmation({ project, onLeft }: { project: Project; onLeft: () => void }) {
  const leave = useLeaveProject(project.id);
  useIsModalOpen(leaveModal, { onConceal: () => leave.reset() });
  return (
    <leaveModal.Component
      title="Quitter le projet ?"
      titleAs="h2"
      buttons={[
        { children: "Rester dans l'équipe", priority: "secondary" },
        {
          children: "Quitter le projet",
          doClosesModal: false,
          disabled: leave.isPending,
          onClick: () =>
            leave.mutate(undefined, {
              onSuccess: () => {
                leaveModal.close();
                onLeft();
              },
            }),
        },
      ]}
    >
      <p>Vous ne ferez plus partie de l'équipe de « {project.title} ». Pour revenir, il faudra demander à la rejoindre.</p>
      {leave.isError && <ProblemAlert error={leave.error} title="Vous n'avez pas quitté le projet" />}
    </leaveModal.Component>
  );
}

/**
 * How the signed-in member relates to the team: asks to join with a message, sees their request waiting, or leaves
 * (with a confirmation; the server refuses it to the last lead, and its reason is shown).
 */
export function JoinProject({ project }: { project: Project }) {
  const [news, setNews] = useState("");

  return (
    <section aria-labelledby="project-join-heading" className="fr-mb-4w">
      <h2 id="project-join-heading" className="fr-h4">
        Participer
      </h2>
      <p role="status" aria-live="polite">
        {news}
      </p>
      {project.myRole ? (
        <>
          <p>
            Vous faites partie de l'équipe : <strong>{TEAM_ROLE_LABELS[project.myRole].toLowerCase()}</strong>.
          </p>
          <Button priority="secondary" iconId="fr-icon-logout-box-r-line" nativeButtonProps={leaveModal.buttonProps}>
            Quitter le projet
          </Button>
          <LeaveConfirmation project={project} onLeft={() => setNews("Vous avez quitté l'équipe du projet.")} />
        </>
      ) : project.myRequestPending ? (
        <Alert
          severity="info"
          small
          description="Votre demande pour rejoindre l'équipe est en attente : vous serez prévenu·e de la réponse des responsables."
        />
      ) : isOpenToRequests(project.status) ? (
        <>
          <Button iconId="fr-icon-user-add-line" nativeButtonProps={joinModal.buttonProps}>
            Demander à rejoindre l'équipe
          </Button>
          <JoinForm project={project} onSent={() => setNews("Votre demande est envoyée aux responsables du projet.")} />
        </>
      ) : (
        <p>Ce projet est terminé ou archivé : il n'accueille plus de nouveaux membres.</p>
      )}
    </section>
  );
}
