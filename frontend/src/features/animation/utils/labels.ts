import type { AnimationLastReminder, MentorshipStatus, ReminderRecipients } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";

export const STATUS_LABELS: Record<MentorshipStatus, string> = {
  PENDING: "En attente",
  ACCEPTED: "En cours",
  PAUSED: "En pause",
  DECLINED: "Déclinée",
  WITHDRAWN: "Retirée",
  EXPIRED: "Expirée",
  COMPLETED: "Terminé",
  CANCELLED: "Annulé",
};

const RECIPIENTS: Record<ReminderRecipients, string> = {
  MENTOR: "le mentor",
  MENTEE: "le mentoré",
  BOTH: "les deux",
  TEAM: "l'équipe",
  ORGANISER: "l'organisateur",
};

/** « Relancé le 2 décembre 2026 par Karim Benali (les deux) », or a dash when nobody reminded yet. */
export function reminderLabel(reminder: AnimationLastReminder | null | undefined): string {
  if (!reminder) return "—";
  return `Relancé le ${formatDate(reminder.sentAt)} par ${reminder.sentBy} (${RECIPIENTS[reminder.recipients]})`;
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as MentorshipStatus] ?? status;
}
