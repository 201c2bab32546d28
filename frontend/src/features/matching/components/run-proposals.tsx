import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useMatchingProposals } from "../api/list-matching-proposals";
import { proposalFiltersFrom, proposalFiltersToSearchParams, toProposalQuery, type ProposalFilters } from "../utils/proposal-filters";
import { ProposalFiltersForm } from "./proposal-filters-form";
import { ProposalsTable } from "./proposals-table";

type RunProposalsProps = {
  runId: string;
  confirmed: boolean;
  /** Where the sending of the requests stands: the pairs are read again when it moves. */
  progress?: string;
};

/** The pairs of a computed run, filtered and paged through the URL. */
export function RunProposals({ runId, confirmed, progress }: RunProposalsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = proposalFiltersFrom(searchParams);
  const proposals = useMatchingProposals(runId, toProposalQuery(filters), progress);
  const countHeading = useRef<HTMLHeadingElement>(null);
  const queryString = searchParams.toString();
  const previousQueryString = useRef(queryString);

  // After new filters or another page, take keyboard and screen reader users to the pairs.
  useEffect(() => {
    if (previousQueryString.current === queryString) return;
    previousQueryString.current = queryString;
    countHeading.current?.focus();
  }, [queryString]);

  const applyFilters = (next: ProposalFilters) => setSearchParams(proposalFiltersToSearchParams(next));

  return (
    <>
      {/* Rebuilt when the URL changes (back button), so that the fields show the filters in force. */}
      <ProposalFiltersForm key={queryString} filters={filters} onApply={applyFilters} />
      {proposals.isPending && <LoadingMessage>Chargement des binômes…</LoadingMessage>}
      {proposals.isError && <ProblemAlert error={proposals.error} title="Les binômes n'ont pas pu être chargés" />}
      {proposals.data && (
        <ProposalsTable runId={runId} result={proposals.data} filters={filters} confirmed={confirmed} headingRef={countHeading} />
      )}
    </>
  );
}
