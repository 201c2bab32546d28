import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { MentorshipReport, MentorshipReportPage } from "../../../lib/api/types";
import { REPORTS_PAGE_SIZE } from "../api/mentorship-queries";
import { useOpenMentorshipReports } from "../api/list-open-mentorship-reports";
import { ChangeNotice, type Notice } from "../components/change-notice";
import { ReportList } from "../components/report-list";
import { useResolveReportModal } from "../components/resolve-report-modal";
import { openReportsCountLabel, pairingOfReportLabel } from "../utils/report-labels";

const TITLE = "Signalements";

function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get("page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

const pairingLink = (report: MentorshipReport) => (
  <Link to={paths.mentorships.mentorship.getHref(report.mentorshipId)}>{pairingOfReportLabel(report)}</Link>
);

function OpenReports({ result, page }: { result: MentorshipReportPage; page: number }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const resolving = useResolveReportModal((resolved) =>
    setNotice({ message: `Le signalement de ${resolved.author.displayName} est marqué comme traité.`, takeFocus: true }),
  );

  return (
    <>
      <h2>{openReportsCountLabel(result.total)}</h2>
      <ChangeNotice notice={notice} />
      {result.total === 0 ? (
        <p>Les problèmes que les membres signalent sur leur mentorat apparaîtront ici, du plus récent au plus ancien.</p>
      ) : (
        <ReportList
          reports={result.items}
          renderTitle={pairingLink}
          showAuthor
          onResolve={(report, button) => {
            setNotice(null);
            resolving.open(report, button);
          }}
        />
      )}
      <ListPagination
        result={result}
        pageSize={REPORTS_PAGE_SIZE}
        page={page}
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
      {resolving.modal}
    </>
  );
}

function ReportsPageContent() {
  useDocumentTitle(TITLE);
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams);
  const reports = useOpenMentorshipReports(page);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">Les problèmes que les personnes d'un binôme ont signalés aux animateurs, et qui restent à traiter.</p>
      <p>
        Le reste d'un mentorat (message de la demande, objectifs, séances, avis) est privé : seules les deux personnes du binôme le lisent.
        Un signalement n'est jamais montré à l'autre personne du binôme ; vous ne voyez pas ceux des binômes dont vous faites partie.
      </p>
      {reports.isPending && <LoadingMessage>Chargement des signalements…</LoadingMessage>}
      {reports.isError && <ProblemAlert error={reports.error} title="Les signalements n'ont pas pu être chargés" />}
      {reports.data && <OpenReports result={reports.data} page={page} />}
    </div>
  );
}

/** For animateurs and administrators: the open reports of every pairing, newest first, a page at a time. */
export function ReportsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <ReportsPageContent />
    </AnimateurOnly>
  );
}
