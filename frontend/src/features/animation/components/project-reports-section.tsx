import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { ProjectReportDecisionKind, ProjectReportLine } from "../../../lib/api/types";
import { PROJECT_REPORT_REASON_LABELS } from "../../../lib/referentials/labels";
import { formatDate } from "../../../utils/format-date";
import { projectReportsQuery, useDecideProjectReport } from "../api/animation-queries";
import { QueueSection } from "./queue-section";
import { ReasonModal } from "./reason-modal";

const decisionModal = createModal({ id: "project-report-decision-modal", isOpenedByDefault: false });

type Pending = { report: ProjectReportLine; decision: ProjectReportDecisionKind };

/** « Projets signalés »: the open reports, each with its two decisions, asked with a note and confirmed in a modal. */
export function ProjectReportsSection() {
  const reports = useQuery(projectReportsQuery());
  const decide = useDecideProjectReport();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = (next: Pending) => {
    setDone(null);
    setPending(next);
    decisionModal.open();
  };

  const button = (label: string, next: Pending) => (
    <Button
      size="small"
      priority={next.decision === "DISMISS" ? "secondary" : "tertiary"}
      className="fr-mb-1w"
      onClick={() => open(next)}
      nativeButtonProps={{ "aria-label": `${label} : ${next.report.projectTitle}` }}
    >
      {label}
    </Button>
  );

  const archiving = pending?.decision === "ARCHIVE_PROJECT";
  return (
    <>
      {reports.isPending && <LoadingMessage>Chargement des projets signalés…</LoadingMessage>}
      {reports.isError && <ProblemAlert error={reports.error} title="Les projets signalés n'ont pas pu être chargés" />}
      {reports.isSuccess && (
        <QueueSection
          id="project-reports"
          title="Projets signalés"
          total={reports.data.total}
          description="Des membres signalent un projet : classez le signalement sans suite, ou archivez le projet (ses autres signalements sont alors clos). L'auteur lit votre note."
          headers={["Projet", "Motif", "Commentaire", "Signalé par", "Le", "Actions"]}
          rows={reports.data.items.map((report) => [
            <Link to={paths.projects.project.getHref(report.projectId)}>{report.projectTitle}</Link>,
            PROJECT_REPORT_REASON_LABELS[report.reason],
            report.comment ?? "—",
            <Link to={paths.members.member.getHref(report.reporter.id)}>{report.reporter.displayName}</Link>,
            formatDate(report.createdAt),
            <>
              {button("Classer sans suite", { report, decision: "DISMISS" })}
              {button("Archiver le projet", { report, decision: "ARCHIVE_PROJECT" })}
            </>,
          ])}
          emptyText="Aucun projet signalé en attente."
          outcome={done && <Alert as="h3" severity="success" small className="fr-mb-2w" title="C'est fait" description={done} />}
        />
      )}
      <ReasonModal
        modal={decisionModal}
        title={archiving ? `Archiver « ${pending?.report.projectTitle ?? ""} » ?` : "Classer ce signalement sans suite ?"}
        reasonLabel="Note pour l'auteur du signalement (obligatoire)"
        reasonHint="Entre 3 et 500 caractères. Elle est envoyée à l'auteur de chaque signalement clos."
        confirmLabel={archiving ? "Archiver le projet" : "Classer sans suite"}
        pending={decide.isPending}
        error={decide.error}
        onConceal={() => decide.reset()}
        onConfirm={(note) => {
          if (!pending) return;
          decide.mutate(
            { id: pending.report.id, body: { decision: pending.decision, note } },
            {
              onSuccess: (decided) => {
                decisionModal.close();
                setDone(
                  decided.status === "DISMISSED"
                    ? `Le signalement de « ${pending.report.projectTitle} » est classé sans suite ; son auteur est prévenu.`
                    : `« ${pending.report.projectTitle} » est archivé ; ${decided.closedReports === 1 ? "1 signalement clos" : `${decided.closedReports} signalements clos`}, leurs auteurs et l'équipe sont prévenus.`,
                );
              },
            },
          );
        }}
      >
        <p>
          {archiving
            ? "Le projet sera archivé et tous ses signalements ouverts seront clos. Son équipe en sera prévenue."
            : `Motif du signalement : ${pending ? PROJECT_REPORT_REASON_LABELS[pending.report.reason] : ""}. Le projet reste tel quel.`}
        </p>
      </ReasonModal>
    </>
  );
}
