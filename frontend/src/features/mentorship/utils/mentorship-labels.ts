import type { BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import type { DeclineReason, MentorshipAction, MentorshipRole, MentorshipStatus } from "../../../lib/api/types";

export const STATUS_LABELS: Record<MentorshipStatus, string> = {
  PENDING: "En attente de réponse",
  ACCEPTED: "En cours",
  PAUSED: "En pause",
  DECLINED: "Déclinée",
  WITHDRAWN: "Retirée",
  EXPIRED: "Expirée",
  COMPLETED: "Terminé",
  CANCELLED: "Annulé",
};

/** Colours of the status badges: what waits, what lives, what pauses, what ended well; the rest in grey. */
export const STATUS_SEVERITIES: Record<MentorshipStatus, BadgeProps["severity"]> = {
  PENDING: "new",
  ACCEPTED: "info",
  PAUSED: "warning",
  COMPLETED: "success",
  DECLINED: undefined,
  WITHDRAWN: undefined,
  EXPIRED: undefined,
  CANCELLED: undefined,
};

/** How the list labels the signed-in member's side of a pairing. */
export const ROLE_LABELS: Record<MentorshipRole, string> = {
  MENTOR: "Vous accompagnez",
  MENTEE: "Vous êtes accompagné·e",
  SUPERVISOR: "Vous suivez ce binôme en tant qu'animateur·rice",
};

export const ACTION_LABELS: Record<MentorshipAction, string> = {
  ACCEPT: "Accepter la demande",
  DECLINE: "Décliner la demande",
  WITHDRAW: "Retirer ma demande",
  PAUSE: "Mettre en pause",
  RESUME: "Reprendre le mentorat",
  COMPLETE: "Terminer le mentorat",
  CANCEL: "Annuler le mentorat",
};

/** What a person reads once their change is done. */
export const ACTION_DONE_MESSAGES: Record<MentorshipAction, string> = {
  ACCEPT: "Vous avez accepté la demande : vous trouverez ci-dessous les coordonnées de la personne que vous accompagnez.",
  DECLINE: "Vous avez décliné la demande. La personne en est informée.",
  WITHDRAW: "Votre demande est retirée.",
  PAUSE: "Le mentorat est en pause.",
  RESUME: "Le mentorat a repris.",
  COMPLETE: "Le mentorat est terminé. Merci pour cet accompagnement !",
  CANCEL: "Le mentorat est annulé.",
};

export const DECLINE_REASONS = [
  "NO_TIME",
  "SKILLS_MISMATCH",
  "CAPACITY_REACHED",
  "ALREADY_ENGAGED",
  "OTHER",
] as const satisfies readonly DeclineReason[];

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NO_TIME: "Je n'ai pas le temps en ce moment",
  SKILLS_MISMATCH: "Mes compétences ne correspondent pas à la demande",
  CAPACITY_REACHED: "J'accompagne déjà le maximum de personnes",
  ALREADY_ENGAGED: "Je suis déjà engagé·e par ailleurs",
  OTHER: "Autre raison",
};

/** Reasons the programme itself gives when it changes a pairing (the backend's ChangeReason). */
const AUTOMATIC_REASON_LABELS: Record<string, string> = {
  ANOTHER_MENTOR_ACCEPTED: "Retirée automatiquement : un autre mentor a accepté",
  NO_ANSWER: "Expirée faute de réponse",
  PLANNED_END_REACHED: "Terminé automatiquement à la date de fin prévue",
  ACCOUNT_DELETED: "Clos automatiquement : un compte a été supprimé",
  CLOSED_BY_ANIMATION: "Clos par les animateurs",
  REASSIGNED_BY_ANIMATION: "Demande confiée à un autre mentor par les animateurs",
};

/** Reasons of the changes the animateurs make from their console (the backend's ChangeReason): they are the actor. */
export const ANIMATEURS_REASONS: readonly string[] = ["CLOSED_BY_ANIMATION", "REASSIGNED_BY_ANIMATION"];

/**
 * Reasons of the entries that leave the state as it was (fromStatus == toStatus): they name the change itself,
 * after the actor (« Léa Moreau : date de fin modifiée »), hence the small letter.
 */
const SAME_STATE_REASON_LABELS: Record<string, string> = {
  END_DATE_CHANGED: "date de fin modifiée",
};

function isDeclineReason(reason: string): reason is DeclineReason {
  return DECLINE_REASONS.some((known) => known === reason);
}

/** The French explanation of a history entry's reason code; an unknown code is shown as it came. */
export function historyReasonLabel(reason: string): string {
  if (isDeclineReason(reason)) return `Motif : ${DECLINE_REASON_LABELS[reason]}`;
  return AUTOMATIC_REASON_LABELS[reason] ?? SAME_STATE_REASON_LABELS[reason] ?? reason;
}

export function goalProgressLabel({ total, done }: { total: number; done: number }): string {
  if (total === 0) return "Aucun objectif";
  return `${done} objectif${done > 1 ? "s" : ""} atteint${done > 1 ? "s" : ""} sur ${total}`;
}

/** "45 min", "1 h", "2 h 30". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}

export function sessionTotalsLabel({ totalSessions, totalMinutes }: { totalSessions: number; totalMinutes: number }): string {
  if (totalSessions === 0) return "Aucune séance notée pour le moment.";
  const sessions = totalSessions === 1 ? "1 séance" : `${totalSessions} séances`;
  return `${sessions}, ${durationLabel(totalMinutes)} au total.`;
}

export const RATINGS = [1, 2, 3, 4, 5] as const;

const RATING_WORDS: Record<(typeof RATINGS)[number], string> = {
  1: "Pas du tout satisfait·e",
  2: "Peu satisfait·e",
  3: "Assez satisfait·e",
  4: "Satisfait·e",
  5: "Très satisfait·e",
};

/** The choice of a rating in the feedback form: "4 – Satisfait·e". */
export function ratingOptionLabel(rating: (typeof RATINGS)[number]): string {
  return `${rating} – ${RATING_WORDS[rating]}`;
}

/** A rating given: "4 sur 5 – Satisfait·e". */
export function ratingLabel(rating: number): string {
  const known = RATINGS.find((candidate) => candidate === rating);
  return known === undefined ? `${rating} sur 5` : `${rating} sur 5 – ${RATING_WORDS[known]}`;
}
