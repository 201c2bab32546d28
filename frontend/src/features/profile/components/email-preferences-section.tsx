import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import type { NotificationKind } from "../../../lib/api/types";
import { profileFieldId } from "../utils/profile-draft";
import type { ProfileSectionProps } from "./profile-section-props";

/** The notifications that are also sent by e-mail, each of which a member may turn off. */
export const MAILED_KINDS: { kind: NotificationKind; label: string }[] = [
  { kind: "MENTORSHIP_REQUESTED", label: "On me demande un mentorat" },
  { kind: "MENTORSHIP_PROPOSED", label: "Un mentor m'est proposé par le programme" },
  { kind: "MENTORSHIP_ACCEPTED", label: "Ma demande de mentorat est acceptée" },
  { kind: "MENTORSHIP_DECLINED", label: "Ma demande de mentorat est déclinée" },
  { kind: "MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED", label: "Une demande qui m'était adressée est retirée (un autre mentor a accepté)" },
  { kind: "MENTORSHIP_EXPIRED", label: "Une demande expire faute de réponse" },
  { kind: "FEEDBACK_ASKED", label: "Mon avis est demandé à la fin d'un mentorat" },
  { kind: "REMINDER_PENDING_REQUEST", label: "Rappel : une demande attend ma réponse" },
  { kind: "REMINDER_NO_SESSION", label: "Rappel : aucune séance depuis trois semaines" },
  { kind: "REMINDER_FEEDBACK", label: "Rappel : je n'ai pas encore donné mon avis" },
  { kind: "MENTORSHIP_SESSION_REMINDER", label: "Rappel : ma prochaine séance de mentorat a lieu demain" },
  { kind: "PROJECT_JOIN_REQUESTED", label: "Quelqu'un demande à rejoindre un projet dont je suis responsable" },
  { kind: "PROJECT_JOIN_ACCEPTED", label: "Ma demande pour rejoindre un projet est acceptée" },
  { kind: "PROJECT_JOIN_DECLINED", label: "Ma demande pour rejoindre un projet est déclinée" },
  { kind: "PROJECT_DATASET_REVIEWED", label: "Un jeu de données de mon projet est confirmé ou refusé par un animateur" },
  { kind: "CHALLENGE_ENTRY_COMMENTED", label: "Ma participation à La Piscine reçoit un commentaire" },
  { kind: "CHALLENGE_ENTRY_HIGHLIGHTED", label: "Ma participation à La Piscine est mise en avant" },
  { kind: "RESOURCE_PUBLISHED", label: "Une ressource que j'ai proposée est publiée dans la bibliothèque" },
  { kind: "RESOURCE_REJECTED", label: "Une ressource que j'ai proposée est refusée (avec le motif)" },
  { kind: "EVENT_REGISTERED", label: "Mon inscription à un événement est confirmée" },
  { kind: "EVENT_WAITLISTED", label: "Je suis sur la liste d'attente d'un événement complet" },
  { kind: "EVENT_PROMOTED", label: "Une place s'est libérée pour moi à un événement" },
  { kind: "EVENT_CANCELLED", label: "Un événement auquel je suis inscrit·e est annulé" },
  { kind: "EVENT_REMINDER_DAY", label: "Rappel : un événement a lieu demain" },
  { kind: "EVENT_REMINDER_HOUR", label: "Rappel : un événement commence dans une heure" },
  { kind: "EVENT_REPLAY", label: "Le replay d'un événement auquel je me suis inscrit·e est en ligne" },
  { kind: "SURVEY_OPENED", label: "Une enquête de satisfaction de la communauté est ouverte" },
];

export function EmailPreferencesSection({ draft, onChange, errors }: ProfileSectionProps) {
  const receives = (kind: NotificationKind) => !draft.emailOptOuts.includes(kind);
  const toggle = (kind: NotificationKind, receive: boolean) =>
    onChange("emailOptOuts", receive ? draft.emailOptOuts.filter((k) => k !== kind) : [...draft.emailOptOuts, kind]);

  return (
    <section className="fr-mb-6w" aria-labelledby="email-preferences-title">
      <h2 id="email-preferences-title">Notifications par e-mail</h2>
      <Checkbox
        id={profileFieldId("emailOptOuts")}
        legend="Recevoir un e-mail quand…"
        hintText="Ces messages restent toujours visibles dans vos notifications sur Spyrales."
        state={errors.emailOptOuts ? "error" : "default"}
        stateRelatedMessage={errors.emailOptOuts}
        options={MAILED_KINDS.map(({ kind, label }) => ({
          label,
          nativeInputProps: {
            name: "emailOptOuts",
            value: kind,
            checked: receives(kind),
            onChange: (event) => toggle(kind, event.target.checked),
          },
        }))}
      />
    </section>
  );
}
