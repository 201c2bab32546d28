import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import type { MyOverview, OverviewMentorship } from "../../../lib/api/types";
import { formatDate, formatDateTime } from "../../../utils/format-date";

type BlockProps = { overview: MyOverview };

/** A block of « Mon espace »: a titled section; its empty state says what to do next, with a link to do it. */
function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fr-mb-6w" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="fr-h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What an empty block says, and the one link to the next step. */
export function EmptyState({ text, linkLabel, to }: { text: string; linkLabel: string; to: string }) {
  return (
    <p>
      {text}{" "}
      <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={to}>
        {linkLabel}
      </Link>
    </p>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

export function ToAnswerBlock({ overview }: BlockProps) {
  const { mentorshipRequests, mentorshipRequestCount, joinRequests, joinRequestCount, feedbackToGive, feedbackToGiveCount } =
    overview.toAnswer;
  const nothing = mentorshipRequestCount + joinRequestCount + feedbackToGiveCount === 0;
  return (
    <Block id="overview-to-answer" title="Ce qui attend ma réponse">
      {nothing ? (
        <EmptyState
          text="Aucune demande en attente de votre réponse."
          linkLabel="Trouver un mentor"
          to={paths.mentorships.findMentor.getHref()}
        />
      ) : (
        <ul>
          {mentorshipRequests.map((request) => (
            <li key={request.mentorshipId}>
              <Link to={paths.mentorships.mentorship.getHref(request.mentorshipId)}>
                {request.proposedByProgramme
                  ? `Les animateurs vous proposent d'accompagner ${request.mentee.displayName}`
                  : `${request.mentee.displayName} vous demande un mentorat`}
              </Link>{" "}
              (depuis le {formatDate(request.requestedAt)})
            </li>
          ))}
          {mentorshipRequestCount > mentorshipRequests.length && (
            <li>
              <Link to={paths.mentorships.mine.getHref()}>
                Voir les {plural(mentorshipRequestCount, "demande", "demandes")} de mentorat
              </Link>
            </li>
          )}
          {joinRequests.map((request) => (
            <li key={request.requestId}>
              <Link to={paths.projects.project.getHref(request.projectId)}>
                {request.member.displayName} demande à rejoindre « {request.projectTitle} »
              </Link>
            </li>
          ))}
          {joinRequestCount > joinRequests.length && (
            <li>
              <Link to={paths.projects.mine.getHref()}>Voir les {joinRequestCount} demandes pour rejoindre mes projets</Link>
            </li>
          )}
          {feedbackToGive.map((feedback) => (
            <li key={feedback.mentorshipId}>
              <Link to={paths.mentorships.mentorship.getHref(feedback.mentorshipId)}>
                Donner mon avis sur le mentorat avec {feedback.otherParty.displayName}
              </Link>
            </li>
          ))}
          {feedbackToGiveCount > feedbackToGive.length && (
            <li>
              <Link to={paths.mentorships.mine.getHref()}>Voir les {feedbackToGiveCount} avis à donner</Link>
            </li>
          )}
        </ul>
      )}
    </Block>
  );
}

function nextSessionText(mentorship: OverviewMentorship): string {
  const session = mentorship.nextSession;
  if (!session) return "Aucune prochaine séance fixée.";
  const where = session.place ? `, ${session.place}` : session.videoUrl ? ", en visio" : "";
  return `Prochaine séance le ${formatDateTime(session.startsAt)}${where}.`;
}

export function MentorshipsBlock({ overview }: BlockProps) {
  const { mentorships, sentRequests } = overview;
  return (
    <Block id="overview-mentorships" title="Mes mentorats">
      {mentorships.length === 0 && sentRequests.length === 0 ? (
        <EmptyState text="Aucun mentorat en cours." linkLabel="Trouver un mentor" to={paths.mentorships.findMentor.getHref()} />
      ) : (
        <ul>
          {mentorships.map((mentorship) => (
            <li key={mentorship.mentorshipId}>
              <Link to={paths.mentorships.mentorship.getHref(mentorship.mentorshipId)}>
                {mentorship.myRole === "MENTOR"
                  ? `J'accompagne ${mentorship.otherParty.displayName}`
                  : `${mentorship.otherParty.displayName} m'accompagne`}
              </Link>
              {mentorship.status === "PAUSED" && (
                <Badge small severity="warning" className="fr-ml-1w">
                  En pause
                </Badge>
              )}
              <br />
              {nextSessionText(mentorship)}{" "}
              {mentorship.goalsTotal > 0
                ? `Objectifs atteints : ${mentorship.goalsDone} sur ${mentorship.goalsTotal}.`
                : "Aucun objectif fixé."}
            </li>
          ))}
          {sentRequests.map((request) => (
            <li key={request.mentorshipId}>
              <Link to={paths.mentorships.mentorship.getHref(request.mentorshipId)}>Ma demande à {request.mentor.displayName}</Link>
              <Badge small severity="info" className="fr-ml-1w">
                En attente de réponse
              </Badge>{" "}
              envoyée le {formatDate(request.requestedAt)}
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function ProjectsBlock({ overview }: BlockProps) {
  return (
    <Block id="overview-projects" title="Mes projets">
      {overview.projects.length === 0 ? (
        <EmptyState
          text="Vous ne faites partie d'aucun projet."
          linkLabel="Voir les projets qui cherchent vos compétences"
          to={paths.projects.list.getHref({ needsMySkills: true })}
        />
      ) : (
        <ul>
          {overview.projects.map((project) => {
            const news = [
              project.newTeamMembers > 0 && plural(project.newTeamMembers, "nouvelle personne", "nouvelles personnes") + " dans l'équipe",
              project.pendingJoinRequests > 0 && plural(project.pendingJoinRequests, "demande", "demandes") + " pour rejoindre",
            ].filter(Boolean);
            return (
              <li key={project.projectId}>
                <Link to={paths.projects.project.getHref(project.projectId)}>{project.title}</Link>
                {project.myRole === "LEAD" && " (responsable)"} — {news.length > 0 ? news.join(", ") : "rien de nouveau"}, modifié le{" "}
                {formatDate(project.updatedAt)}.
              </li>
            );
          })}
        </ul>
      )}
    </Block>
  );
}

export function PathsBlock({ overview }: BlockProps) {
  return (
    <Block id="overview-paths" title="Mes parcours">
      {overview.paths.length === 0 ? (
        <EmptyState text="Vous ne suivez aucun parcours." linkLabel="Choisir un parcours" to={paths.training.paths.getHref()} />
      ) : (
        <ul>
          {overview.paths.map((path) => (
            <li key={path.pathId}>
              <Link to={paths.training.path.getHref(path.pathId)}>{path.title}</Link> — {path.stepsDone} étape
              {path.stepsDone > 1 ? "s" : ""} faite{path.stepsDone > 1 ? "s" : ""} sur {path.stepsTotal}
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function EventsBlock({ overview }: BlockProps) {
  return (
    <Block id="overview-events" title="Mes prochains événements">
      {overview.events.length === 0 ? (
        <EmptyState text="Aucun événement à venir dans votre agenda." linkLabel="Voir l'agenda" to={paths.events.list.getHref()} />
      ) : (
        <ul>
          {overview.events.map((event) => (
            <li key={event.eventId}>
              <Link to={paths.events.event.getHref(event.eventId)}>{event.title}</Link> — le {formatDateTime(event.startsAt)}
              {event.online ? ", en ligne" : event.place ? `, ${event.place}` : ""}
              {event.registration === "WAITLISTED" && " (liste d'attente)"}
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function ChallengeBlock({ overview }: BlockProps) {
  const challenge = overview.challenge;
  return (
    <Block id="overview-challenge" title="Le défi de la semaine">
      {!challenge ? (
        <EmptyState
          text="Pas de défi cette semaine."
          linkLabel="S'entraîner sur les défis passés"
          to={`${paths.challenges.list.getHref()}?periode=passes`}
        />
      ) : (
        <p>
          <Link to={paths.challenges.challenge.getHref(challenge.challengeId)}>{challenge.title}</Link>
          {challenge.open
            ? ` — ouvert jusqu'au ${formatDateTime(challenge.closesAt)}. ${challenge.myEntry ? "Vous y avez participé." : "Relevez-le !"}`
            : ` — ouvre le ${formatDateTime(challenge.opensAt)}.`}
        </p>
      )}
    </Block>
  );
}

export function NotificationsBlock({ overview }: BlockProps) {
  const { unreadCount, latest } = overview.notifications;
  return (
    <Block id="overview-notifications" title="Mes notifications">
      {latest.length === 0 ? (
        <p>Aucune notification pour l'instant : vous serez prévenu·e ici des réponses à vos demandes.</p>
      ) : (
        <>
          <p>{unreadCount === 0 ? "Vous avez tout lu." : plural(unreadCount, "notification non lue", "notifications non lues") + "."}</p>
          <ul>
            {latest.map((notification) => (
              <li key={notification.id}>
                <Link to={notification.link}>{notification.title}</Link>
                {!notification.read && (
                  <Badge small severity="new" className="fr-ml-1w">
                    Non lue
                  </Badge>
                )}
              </li>
            ))}
          </ul>
          <Link className="fr-link" to={paths.notifications.getHref()}>
            Toutes mes notifications
          </Link>
        </>
      )}
    </Block>
  );
}

export function ProfileCompletionBlock({ overview }: BlockProps) {
  const { percent, missing } = overview.profileCompletion;
  return (
    <Block id="overview-profile" title="Mon profil">
      <p>Profil complété à {percent} %.</p>
      {missing.length === 0 ? (
        <p>Votre profil est complet : les collègues peuvent vous trouver dans l'annuaire.</p>
      ) : (
        <>
          <p>Pour que les bons collègues vous trouvent :</p>
          <ul>
            {missing.map((item) => (
              <li key={item.field}>{item.label}</li>
            ))}
          </ul>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={paths.profile.getHref()}>
            Compléter mon profil
          </Link>
        </>
      )}
    </Block>
  );
}
