import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ReactNode } from "react";
import type { MentorshipReport } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { REPORT_STATUS_LABELS, REPORT_STATUS_SEVERITIES, reportAuthorLabel, reportDateLabel } from "../utils/report-labels";

type ReportListProps = {
  reports: MentorshipReport[];
  /** Each report's heading; its date by default. */
  renderTitle?: (report: MentorshipReport) => ReactNode;
  /** The level of each report's heading, under the heading of the list. */
  titleAs?: "h3" | "h4";
  /** Supervisors read who wrote each report; its author knows. */
  showAuthor?: boolean;
  /** Offered on open reports to the supervisors who may resolve them. */
  onResolve?: (report: MentorshipReport, button: HTMLElement) => void;
};

function Resolution({ report }: { report: MentorshipReport }) {
  if (report.status !== "RESOLVED" || !report.resolvedAt) return null;
  return (
    <>
      <p className="fr-text--sm fr-mb-1w">
        Traité le {formatDateTime(report.resolvedAt)}
        {report.resolvedByName && <> par {report.resolvedByName}</>}.
      </p>
      {report.resolutionNote && (
        <p className="fr-text--sm fr-mb-0" style={{ whiteSpace: "pre-line" }}>
          Note des animateurs : « {report.resolutionNote} »
        </p>
      )}
    </>
  );
}

/** Reports, newest first: their state, what was written and, once resolved, by whom and with which note. */
export function ReportList({
  reports,
  renderTitle = reportDateLabel,
  titleAs: Title = "h3",
  showAuthor = false,
  onResolve,
}: ReportListProps) {
  return (
    <ul className="fr-raw-list">
      {reports.map((report) => {
        const titleId = `report-${report.id}-title`;
        return (
          <li key={report.id} className="fr-mb-3w">
            <article aria-labelledby={titleId} className="fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
              <Title id={titleId} className="fr-h6 fr-mb-1w">
                {renderTitle(report)}
              </Title>
              <div className="fr-mb-1w">
                <Badge small severity={REPORT_STATUS_SEVERITIES[report.status]}>
                  {REPORT_STATUS_LABELS[report.status]}
                </Badge>
              </div>
              {showAuthor && (
                <p className="fr-text--sm fr-mb-1w">
                  Par {reportAuthorLabel(report)}, le {formatDateTime(report.createdAt)}
                </p>
              )}
              <blockquote className="fr-mb-2w" style={{ whiteSpace: "pre-line" }}>
                {report.message}
              </blockquote>
              <Resolution report={report} />
              {onResolve && report.status === "OPEN" && (
                <Button
                  priority="secondary"
                  size="small"
                  iconId="fr-icon-check-line"
                  onClick={(event) => onResolve(report, event.currentTarget)}
                >
                  Marquer comme traité{" "}
                  <span className="fr-sr-only">
                    : signalement de {report.author.displayName} du {formatDateTime(report.createdAt)}
                  </span>
                </Button>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
