import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Mentorship, MentorshipReport } from "../../../lib/api/types";
import { useMentorshipReports } from "../api/list-mentorship-reports";
import { isParty } from "../utils/mentorship-rules";
import { reportDateLabel } from "../utils/report-labels";
import { ChangeNotice, type Notice } from "./change-notice";
import { ReportList } from "./report-list";
import { useResolveReportModal } from "./resolve-report-modal";

/**
 * The reports of a pairing the signed-in member may read: a party their own, with their state; a supervisor all of
 * them, with « Marquer comme traité » on the open ones.
 */
export function PairingReports({ mentorship }: { mentorship: Mentorship }) {
  const reports = useMentorshipReports(mentorship.id);
  const supervising = !isParty(mentorship);
  const [notice, setNotice] = useState<Notice | null>(null);
  const resolving = useResolveReportModal((resolved) =>
    setNotice({ message: `Le ${reportDateLabel(resolved).toLowerCase()} est marqué comme traité.`, takeFocus: true }),
  );

  const openResolution = (report: MentorshipReport, button: HTMLElement) => {
    setNotice(null);
    resolving.open(report, button);
  };

  if (reports.isPending) return <LoadingMessage>Chargement des signalements…</LoadingMessage>;
  if (reports.isError) return <ProblemAlert error={reports.error} title="Les signalements n'ont pas pu être chargés" />;

  const items = reports.data.pages.flatMap((page) => page.items);
  const total = reports.data.pages[0]?.total ?? 0;

  if (total === 0) {
    return (
      <p className={supervising ? undefined : "fr-mt-3w"}>
        {supervising ? "Aucune des deux personnes du binôme n'a signalé de problème." : "Vous n'avez rien signalé sur ce mentorat."}
      </p>
    );
  }

  return (
    <>
      <ChangeNotice notice={notice} />
      {!supervising && <h3 className="fr-mt-4w">Vos signalements</h3>}
      <ReportList
        reports={items}
        titleAs={supervising ? "h3" : "h4"}
        showAuthor={supervising}
        onResolve={supervising ? openResolution : undefined}
      />
      {reports.hasNextPage && (
        <Button priority="tertiary" disabled={reports.isFetchingNextPage} onClick={() => void reports.fetchNextPage()}>
          Afficher les signalements plus anciens
        </Button>
      )}
      {supervising && resolving.modal}
    </>
  );
}
