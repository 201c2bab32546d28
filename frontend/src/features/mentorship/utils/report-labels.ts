import type { BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import type { MentorshipReport, MentorshipReportStatus } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";

export const REPORT_STATUS_LABELS: Record<MentorshipReportStatus, string> = {
  OPEN: "À traiter",
  RESOLVED: "Traité",
};

export const REPORT_STATUS_SEVERITIES: Record<MentorshipReportStatus, BadgeProps["severity"]> = {
  OPEN: "new",
  RESOLVED: "success",
};

/** "Léa Moreau, personne accompagnée": who wrote it, and from which side of the pairing. */
export function reportAuthorLabel({ author, authorRole }: MentorshipReport): string {
  return `${author.displayName}, ${authorRole === "MENTOR" ? "mentor" : "personne accompagnée"}`;
}

export function reportDateLabel({ createdAt }: MentorshipReport): string {
  return `Signalement du ${formatDateTime(createdAt)}`;
}

export function pairingOfReportLabel({ mentee, mentor }: MentorshipReport): string {
  return `Mentorat de ${mentee.displayName} avec ${mentor.displayName}`;
}

export function openReportsCountLabel(total: number): string {
  if (total === 0) return "Aucun signalement à traiter";
  return total === 1 ? "1 signalement à traiter" : `${new Intl.NumberFormat("fr-FR").format(total)} signalements à traiter`;
}
