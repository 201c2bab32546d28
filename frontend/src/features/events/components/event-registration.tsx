import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import type { EventView, MyRegistration } from "../../../lib/api/types";
import { useCheckIn, useRegistration } from "../api/edit-event";
import { ordinal, seatsLabel, waitlistPositionLabel } from "../utils/event-labels";

const unregisterModal = createModal({ id: "event-unregister-modal", isOpenedByDefault: false });

/** The self check-in opens 15 minutes before the start and closes at the end. */
const CHECK_IN_OPENS_BEFORE_MS = 15 * 60_000;

function mayCheckIn(event: EventView, now = Date.now()): boolean {
  return (
    event.status === "PLANNED" &&
    event.myRegistration?.status === "CONFIRMED" &&
    !event.myRegistration.attended &&
    now >= new Date(event.startsAt).getTime() - CHECK_IN_OPENS_BEFORE_MS &&
    now < new Date(event.endsAt).getTime()
  );
}

function registeredNews(registration: MyRegistration): string {
  return registration.status === "CONFIRMED"
    ? "Vous êtes inscrit·e. Un e-mail de confirmation vous est envoyé, avec l'événement à ajouter à votre agenda."
    : `C'est complet : vous êtes ${registration.position ? `${ordinal(registration.position)} ` : ""}sur la liste d'attente. Vous serez prévenu·e si une place se libère.`;
}

/** What I may do about my place: register (or join the waitlist), leave after a confirmation, check in during the event. */
export function EventRegistration({ event }: { event: EventView }) {
  const registration = useRegistration(event.id);
  const checkIn = useCheckIn(event.id);
  const [news, setNews] = useState("");
  const statusRef = useRef<HTMLDivElement>(null);
  useIsModalOpen(unregisterModal, { onConceal: () => registration.reset() });
  const mine = event.myRegistration?.status === "CANCELLED" ? null : event.myRegistration;
  const full = event.capacity != null && (event.seatsLeft ?? 0) <= 0;
  // A place can be given up until the end of a planned event; after that, or once cancelled, it is history.
  const open = event.status === "PLANNED" && Date.now() < new Date(event.endsAt).getTime();

  // The button pressed disappears: the focus goes to the news, which is read.
  const announce = (message: string) => {
    setNews(message);
    window.setTimeout(() => statusRef.current?.focus());
  };

  return (
    <section aria-labelledby="event-registration-heading" className="fr-mb-4w">
      <h2 id="event-registration-heading" className="fr-h5">
        Inscription
      </h2>
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
        {news && <p className="fr-text--bold">{news}</p>}
      </div>
      {open && <p>{seatsLabel(event)}</p>}
      {event.status === "CANCELLED" && <p>L'événement est annulé : il n'a plus d'inscriptions.</p>}
      {mine?.status === "CONFIRMED" && event.status === "PLANNED" && (
        <>
          {!news && <p className="fr-text--bold">{open ? "Vous êtes inscrit·e." : "Vous étiez inscrit·e."}</p>}
          {mine.attended && <p>Votre présence est enregistrée. Merci d'être venu·e !</p>}
        </>
      )}
      {mine?.status === "WAITLISTED" && open && (
        <>
          <p className="fr-text--bold">{waitlistPositionLabel(mine.position)}</p>
          <p className="fr-text--sm">
            Vous serez prévenu·e par notification et par e-mail si une place se libère : elle vous sera attribuée.
          </p>
        </>
      )}
      {registration.isError && registration.variables === true && (
        <ProblemAlert error={registration.error} title="Votre inscription n'a pas abouti" />
      )}
      {checkIn.isError && <ProblemAlert error={checkIn.error} title="Votre présence n'a pas été enregistrée" />}
      <ul className="fr-btns-group fr-btns-group--icon-left">
        {!mine && event.registrationOpen && (
          <li>
            <Button
              iconId={full ? "fr-icon-time-line" : "fr-icon-check-line"}
              disabled={registration.isPending}
              onClick={() => registration.mutate(true, { onSuccess: (registered) => registered && announce(registeredNews(registered)) })}
            >
              {full ? "Rejoindre la liste d'attente" : "M'inscrire"}
            </Button>
          </li>
        )}
        {mayCheckIn(event) && (
          <li>
            <Button
              iconId="fr-icon-user-line"
              disabled={checkIn.isPending}
              onClick={() => checkIn.mutate(undefined, { onSuccess: () => announce("Votre présence est enregistrée. Bon événement !") })}
            >
              Je suis présent·e
            </Button>
          </li>
        )}
        {mine && open && (
          <li>
            <Button iconId="fr-icon-close-line" priority="secondary" nativeButtonProps={unregisterModal.buttonProps}>
              {mine.status === "WAITLISTED" ? "Quitter la liste d'attente" : "Me désinscrire"}
            </Button>
          </li>
        )}
      </ul>
      {!mine && !event.registrationOpen && event.status === "PLANNED" && (
        <Alert small severity="info" description="Les inscriptions sont closes : l'événement a commencé." />
      )}
      <unregisterModal.Component
        title={mine?.status === "WAITLISTED" ? "Quitter la liste d'attente ?" : "Vous désinscrire de cet événement ?"}
        titleAs="h2"
        buttons={[
          { children: "Garder ma place", priority: "secondary" },
          {
            children: mine?.status === "WAITLISTED" ? "Quitter la liste d'attente" : "Me désinscrire",
            doClosesModal: false,
            disabled: registration.isPending,
            onClick: () =>
              registration.mutate(false, {
                onSuccess: () => {
                  unregisterModal.close();
                  announce("Vous n'êtes plus inscrit·e à cet événement.");
                },
              }),
          },
        ]}
      >
        <p>
          {mine?.status === "WAITLISTED"
            ? "Vous perdrez votre rang : si vous vous réinscrivez, vous repasserez en fin de liste."
            : event.waitlistCount > 0
              ? "Votre place ira aussitôt à la première personne de la liste d'attente."
              : "Votre place sera libérée pour quelqu'un d'autre."}
        </p>
        {registration.isError && registration.variables === false && (
          <ProblemAlert error={registration.error} title="Votre désinscription n'a pas abouti" />
        )}
      </unregisterModal.Component>
    </section>
  );
}
