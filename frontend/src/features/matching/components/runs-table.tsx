import { Table } from "@codegouvfr/react-dsfr/Table";
import { Link } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { paths } from "../../../config/paths";
import type { MatchingRun, MatchingRunPage } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { RUNS_PAGE_SIZE } from "../api/matching-queries";
import { formatCount, formatGain, formatScore } from "../utils/run-labels";
import { ONE_AT_A_TIME_GAIN } from "./run-figures";
import { RunStatusBadge } from "./run-status-badge";

const HEADERS = ["Date", "Lancé par", "État", "Personnes à accompagner", "Binômes proposés", "Score moyen", ONE_AT_A_TIME_GAIN, "Détail"];

function row(run: MatchingRun) {
  const startedAt = formatDateTime(run.startedAt);
  const { figures } = run;
  return [
    startedAt,
    run.startedBy.displayName,
    <RunStatusBadge status={run.status} small />,
    figures ? formatCount(figures.mentees) : "—",
    figures ? formatCount(figures.matched) : "—",
    figures ? formatScore(figures.meanScore) : "—",
    figures ? formatGain(figures) : "—",
    <Link to={paths.animation.matchingRun.getHref(run.id)}>
      Voir <span className="fr-sr-only">l'appariement du {startedAt}</span>
    </Link>,
  ];
}

type RunsTableProps = { result: MatchingRunPage; page: number };

/** The past runs, most recent first, a page at a time. */
export function RunsTable({ result, page }: RunsTableProps) {
  if (result.total === 0) return <p>Aucun appariement n'a encore été lancé.</p>;
  return (
    <>
      <Table caption="Appariements lancés, du plus récent au plus ancien" headers={HEADERS} data={result.items.map(row)} />
      <ListPagination
        result={result}
        pageSize={RUNS_PAGE_SIZE}
        page={page}
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
    </>
  );
}
