import { Button } from "@codegouvfr/react-dsfr/Button";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { EventView } from "../../../lib/api/types";
import { downloadBlob } from "../../../utils/download-file";
import { getEventCalendar } from "../api/edit-event";
import { EVENT_LANGUAGE_LABELS, EVENT_TYPE_LABELS, levelLabel } from "../utils/event-labels";
import { formatEventDates } from "../utils/paris-time";
import { EventTopics } from "./event-topics";

/** « Ajouter à mon agenda »: the event's .ics, fetched with my session (the online link is in it only if I may see it). */
function AddToCalendar({ event }: { event: EventView }) {
  const download = useMutation({ mutationFn: () => getEventCalendar(event.id) });
  return (
    <>
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-calendar-event-line"
        disabled={download.isPending}
        onClick={() => download.mutate(undefined, { onSuccess: (blob) => downloadBlob(blob, `evenement-${event.id}.ics`) })}
      >
        Ajouter à mon agenda (.ics)
      </Button>
      {download.isError && <ProblemAlert error={download.error} title="Le fichier d'agenda n'a pas pu être téléchargé" />}
    </>
  );
}

/** When, where, for whom: the facts of an event, its times at Paris. */
export function EventFacts({ event }: { event: EventView }) {
  const facts: [string, ReactNode][] = [
    ["Date", `${formatEventDates(event.startsAt, event.endsAt, { long: true })} (heure de Paris)`],
    ["Type", EVENT_TYPE_LABELS[event.type]],
  ];
  if (event.place) facts.push(["Lieu", event.place]);
  if (event.online)
    facts.push([
      "En ligne",
      event.onlineUrl ? (
        <a href={event.onlineUrl} target="_blank" rel="noreferrer" title="Rejoindre l'événement en ligne - nouvelle fenêtre">
          Rejoindre l'événement en ligne
        </a>
      ) : (
        "Le lien de connexion est donné aux inscrits confirmés."
      ),
    ]);
  facts.push(["Places", event.capacity ? `${event.confirmedCount} inscrits sur ${event.capacity}` : "Illimitées"]);
  if (event.waitlistCount > 0) facts.push(["Liste d'attente", `${event.waitlistCount} personne${event.waitlistCount > 1 ? "s" : ""}`]);
  facts.push(["Niveau", levelLabel(event.level)], ["Langage", EVENT_LANGUAGE_LABELS[event.language]]);
  if (event.project)
    facts.push(["Projet présenté", <Link to={paths.projects.project.getHref(event.project.id)}>{event.project.title}</Link>]);
  if (event.path) facts.push(["Parcours lié", <Link to={paths.training.path.getHref(event.path.id)}>{event.path.title}</Link>]);

  return (
    <section aria-labelledby="event-facts-heading" className="fr-mb-4w">
      <h2 id="event-facts-heading" className="fr-h5">
        En bref
      </h2>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term} className="fr-mb-1w">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
      <EventTopics topics={event.topics} />
      <AddToCalendar event={event} />
    </section>
  );
}
