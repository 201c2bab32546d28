import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { AnimationPairingLine, ProjectStatus, ReminderCreate, ReminderQueue } from "../../../lib/api/types";
import { PROJECT_STATUS_LABELS } from "../../../lib/referentials/labels";
import { ADMIN_ROLE, hasRole, useSession } from "../../../lib/session/use-session";
import { formatDate } from "../../../utils/format-date";
import { animationQueries, useSendReminder } from "../api/animation-queries";
import { DoneAlert } from "../components/done-alert";
import { isOpenPairing, type PairingAction, PairingActionModal, type PairingTarget } from "../components/pairing-action-modal";
import { ProjectReportsSection } from "../components/project-reports-section";
import { useProjectStewardship } from "../components/project-stewardship";
import { QueueSection } from "../components/queue-section";
import { reminderLabel, statusLabel } from "../utils/labels";

const TITLE = "Console d'animation";

const actionModal = createModal({ id: "console-pairing-action-modal", isOpenedByDefault: false });

function pairingLink(line: AnimationPairingLine, who: "mentee" | "mentor") {
  return <Link to={paths.members.member.getHref(line[who].id)}>{line[who].displayName}</Link>;
}

function party(line: AnimationPairingLine, who: "mentee" | "mentor") {
  const person = line[who];
  return (
    <>
      {pairingLink(line, who)}
      {person.organization && <span className="fr-text--xs fr-mb-0 fr-hint-text">{person.organization}</span>}
    </>
  );
}

function Console() {
  useDocumentTitle(TITLE);
  const session = useSession();
  const queues = useQuery(animationQueries.queues());
  const reminder = useSendReminder();
  const stewardship = useProjectStewardship();
  const [actedIn, setActedIn] = useState<ReminderQueue | null>(null);
  const [action, setAction] = useState<PairingAction>("close");
  const [target, setTarget] = useState<PairingTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const remind = (body: ReminderCreate) => {
    setActedIn(body.queue);
    setDone(null);
    reminder.mutate(body);
  };

  const openAction = (next: PairingAction, queue: ReminderQueue, line: AnimationPairingLine) => {
    reminder.reset();
    setActedIn(queue);
    setDone(null);
    setAction(next);
    setTarget({ id: line.id, status: line.status, menteeName: line.mentee.displayName, mentorName: line.mentor.displayName });
    actionModal.open();
  };

  const outcome = (queue: ReminderQueue) => {
    if (actedIn !== queue) return undefined;
    if (done) return <DoneAlert as="h3" message={done} />;
    if (reminder.isError) return <ProblemAlert error={reminder.error} title="La relance n'a pas été envoyée" />;
    if (reminder.isSuccess)
      return (
        <Alert
          as="h3"
          severity="success"
          small
          className="fr-mb-2w"
          title="Relance envoyée"
          description={`${reminder.data.recipientCount === 1 ? "1 personne prévenue" : `${reminder.data.recipientCount} personnes prévenues`} par notification et par e-mail.`}
        />
      );
    return undefined;
  };

  const button = (label: string, body: ReminderCreate, line: string) => (
    <Button
      size="small"
      priority="secondary"
      className="fr-mb-1w"
      disabled={reminder.isPending}
      onClick={() => remind(body)}
      nativeButtonProps={{ "aria-label": `${label} : ${line}` }}
    >
      {label}
    </Button>
  );

  const pairingName = (line: AnimationPairingLine) => `${line.mentee.displayName} avec ${line.mentor.displayName}`;

  /** « Réattribuer » and « Clore », for a request or a pairing still under way. */
  const pairingActions = (queue: ReminderQueue, line: AnimationPairingLine) =>
    isOpenPairing(line.status) && (
      <>
        <Button
          size="small"
          priority="tertiary"
          className="fr-mb-1w"
          onClick={() => openAction("reassign", queue, line)}
          nativeButtonProps={{ "aria-label": `Réattribuer : ${pairingName(line)}` }}
        >
          Réattribuer
        </Button>
        <Button
          size="small"
          priority="tertiary"
          className="fr-mb-1w"
          onClick={() => openAction("close", queue, line)}
          nativeButtonProps={{ "aria-label": `Clore : ${pairingName(line)}` }}
        >
          Clore
        </Button>
      </>
    );

  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Ce qui attend une décision ou s'est arrêté dans la communauté. Vous y voyez des états, des dates, des noms et des comptes : jamais
        les messages, notes, objectifs ou avis des membres.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-4w">
        <li>
          <Button priority="secondary" linkProps={{ to: paths.animation.pairings.getHref() }}>
            Tous les mentorats
          </Button>
        </li>
        {hasRole(session, ADMIN_ROLE) && (
          <li>
            <Button priority="secondary" linkProps={{ to: paths.animation.members.getHref() }}>
              Membres
            </Button>
          </li>
        )}
      </ul>
      {queues.isPending && <LoadingMessage>Chargement des files…</LoadingMessage>}
      {queues.isError && <ProblemAlert error={queues.error} title="La console n'a pas pu être chargée" />}
      {queues.isSuccess && (
        <>
          <section aria-labelledby="moderation" className="fr-mb-6w">
            <h2 id="moderation">À modérer</h2>
            <ul>
              <li>
                <Link to={paths.training.resourceModeration.getHref()}>Ressources à relire</Link> :{" "}
                {queues.data.moderation.resourcesToReview}
              </li>
              <li>
                <Link to={paths.animation.datasetReviews.getHref()}>Jeux de données « à vérifier »</Link> :{" "}
                {queues.data.moderation.datasetsToReview}
              </li>
              <li>
                <Link to={paths.animation.reports.getHref()}>Signalements ouverts</Link> : {queues.data.moderation.openReports}
              </li>
              <li>
                <a href="#project-reports">Projets signalés</a> : {queues.data.moderation.openProjectReports}
              </li>
            </ul>
          </section>

          <ProjectReportsSection />

          <QueueSection
            id="pending-requests"
            title={`Demandes sans réponse depuis plus de ${queues.data.settings.pendingRequestDays} jours`}
            total={queues.data.pendingRequests.total}
            description="Relancez le mentor, suggérez au mentoré de solliciter quelqu'un d'autre, confiez sa demande à un autre mentor, ou clôturez-la."
            headers={["Mentoré", "Mentor", "Demandé le", "Relance", "Action"]}
            rows={queues.data.pendingRequests.items.map((line) => [
              party(line, "mentee"),
              party(line, "mentor"),
              formatDate(line.requestedAt),
              reminderLabel(line.lastReminder),
              <>
                {button("Relancer le mentor", { queue: "PENDING_REQUEST", targetId: line.id, recipients: "MENTOR" }, pairingName(line))}
                {button("Conseiller le mentoré", { queue: "PENDING_REQUEST", targetId: line.id, recipients: "MENTEE" }, pairingName(line))}
                {pairingActions("PENDING_REQUEST", line)}
              </>,
            ])}
            emptyText="Aucune demande n'attend depuis si longtemps."
            outcome={outcome("PENDING_REQUEST")}
          />

          <QueueSection
            id="stalled-pairings"
            title={`Mentorats sans séance depuis plus de ${queues.data.settings.stalledPairingWeeks} semaines`}
            total={queues.data.stalledPairings.total}
            description="Des mentorats en cours où aucune séance n'a été notée récemment : relancez les deux personnes, confiez le mentoré à un autre mentor, ou clôturez le mentorat."
            headers={["Mentoré", "Mentor", "Commencé le", "Dernière séance", "Séances", "Relance", "Action"]}
            rows={queues.data.stalledPairings.items.map((line) => [
              party(line, "mentee"),
              party(line, "mentor"),
              line.startedAt ? formatDate(line.startedAt) : "—",
              line.lastSessionOn ? formatDate(line.lastSessionOn) : "Aucune",
              String(line.sessionCount),
              reminderLabel(line.lastReminder),
              <>
                {button("Relancer les deux", { queue: "STALLED_PAIRING", targetId: line.id, recipients: "BOTH" }, pairingName(line))}
                {pairingActions("STALLED_PAIRING", line)}
              </>,
            ])}
            emptyText="Tous les mentorats en cours ont eu une séance récemment."
            outcome={outcome("STALLED_PAIRING")}
          />

          <QueueSection
            id="low-feedback"
            title={`Mentorats avec un avis faible (note de ${queues.data.settings.lowFeedbackRating} ou moins)`}
            total={queues.data.lowFeedbackPairings.total}
            description="L'avis lui-même reste privé : proposez aux deux personnes d'échanger avec les animateurs."
            headers={["Mentoré", "Mentor", "État", "Avis reçu le", "Relance", "Action"]}
            rows={queues.data.lowFeedbackPairings.items.map((line) => [
              party(line, "mentee"),
              party(line, "mentor"),
              statusLabel(line.status),
              line.lowFeedbackAt ? formatDate(line.lowFeedbackAt) : "—",
              reminderLabel(line.lastReminder),
              <>
                {button("Contacter les deux", { queue: "LOW_FEEDBACK", targetId: line.id, recipients: "BOTH" }, pairingName(line))}
                {pairingActions("LOW_FEEDBACK", line)}
              </>,
            ])}
            emptyText="Aucun avis faible récent."
            outcome={outcome("LOW_FEEDBACK")}
          />

          <QueueSection
            id="projects-without-lead"
            title="Projets sans responsable actif"
            total={queues.data.projectsWithoutLead.total}
            description="Des projets actifs dont aucun responsable n'a de compte actif : demandez à l'équipe d'en désigner un, désignez-le vous-même, ou clôturez le projet."
            headers={["Projet", "État", "Membres", "Dernière modification", "Relance", "Actions"]}
            rows={queues.data.projectsWithoutLead.items.map((line) => [
              <Link to={paths.projects.project.getHref(line.id)}>{line.title}</Link>,
              PROJECT_STATUS_LABELS[line.status as ProjectStatus] ?? line.status,
              String(line.memberCount),
              formatDate(line.updatedAt),
              reminderLabel(line.lastReminder),
              <>
                {button("Relancer l'équipe", { queue: "PROJECT_WITHOUT_LEAD", targetId: line.id, recipients: "TEAM" }, line.title)}
                {stewardship.actions(line)}
              </>,
            ])}
            emptyText="Chaque projet actif a un responsable."
            outcome={
              <>
                {outcome("PROJECT_WITHOUT_LEAD")}
                {stewardship.outcome}
              </>
            }
          />

          <QueueSection
            id="events-without-replay"
            title="Événements en ligne terminés sans replay"
            total={queues.data.eventsWithoutReplay.total}
            description="Rappelez à l'organisateur d'ajouter le lien du replay : les inscrits en seront prévenus."
            headers={["Événement", "Terminé le", "Organisateur", "Relance", "Action"]}
            rows={queues.data.eventsWithoutReplay.items.map((line) => [
              <Link to={paths.events.event.getHref(line.id)}>{line.title}</Link>,
              formatDate(line.endedAt),
              line.organiser ?? "Compte supprimé",
              reminderLabel(line.lastReminder),
              button("Relancer l'organisateur", { queue: "EVENT_WITHOUT_REPLAY", targetId: line.id, recipients: "ORGANISER" }, line.title),
            ])}
            emptyText="Tous les événements en ligne récents ont leur replay."
            outcome={outcome("EVENT_WITHOUT_REPLAY")}
          />
        </>
      )}
      <PairingActionModal modal={actionModal} action={action} target={target} onDone={setDone} />
      {stewardship.modals}
    </div>
  );
}

/** The animateurs' console: the community's queues, each with its count, its lines and its action. */
export function AnimationConsolePage() {
  return (
    <AnimateurOnly title={TITLE}>
      <Console />
    </AnimateurOnly>
  );
}
