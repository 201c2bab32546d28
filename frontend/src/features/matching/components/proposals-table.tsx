import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Ref } from "react";
import { Link } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { paths } from "../../../config/paths";
import type { MatchedMember, MatchingProposal, MatchingProposalPage } from "../../../lib/api/types";
import { totalLabel, type ListTotal } from "../../../lib/list-total";
import { PROPOSALS_PAGE_SIZE, proposalFiltersToSearchParams, type ProposalFilters } from "../utils/proposal-filters";
import { formatScore } from "../utils/run-labels";
import { ProposalOutcome, ProposalToggle } from "./proposal-decision";
import { ReasonTags } from "./reason-tags";

function MemberLink({ member }: { member: MatchedMember }) {
  return <Link to={paths.members.member.getHref(member.id)}>{member.displayName}</Link>;
}

function countLabel(result: ListTotal): string {
  if (result.total === 0) return "Aucun binôme";
  return totalLabel(result, "binôme", "binômes");
}

type ProposalsTableProps = {
  runId: string;
  result: MatchingProposalPage;
  filters: ProposalFilters;
  /** Before confirmation the pairs can be taken out; after it, each shows what became of it. */
  confirmed: boolean;
  headingRef: Ref<HTMLHeadingElement>;
};

export function ProposalsTable({ runId, result, filters, confirmed, headingRef }: ProposalsTableProps) {
  // The table keys its rows by position: keying the cells' contents by pair keeps a row's state with its pair.
  const row = (proposal: MatchingProposal) => {
    const key = proposal.mentee.id;
    return [
      <MemberLink key={key} member={proposal.mentee} />,
      <MemberLink key={key} member={proposal.mentor} />,
      confirmed ? <ProposalOutcome key={key} proposal={proposal} /> : <ProposalToggle key={key} runId={runId} proposal={proposal} />,
      formatScore(proposal.score),
      <ReasonTags key={key} reasons={proposal.reasons} />,
    ];
  };
  return (
    <>
      <h3 ref={headingRef} tabIndex={-1} className="fr-h5" aria-live="polite">
        {countLabel(result)}
      </h3>
      {result.items.length === 0 ? (
        <p>Aucun binôme ne correspond à ces filtres.</p>
      ) : (
        <Table
          caption="Binômes proposés, meilleurs scores d'abord"
          noCaption
          // The action comes right after the two names: on a phone it is within reach without scrolling the table sideways.
          headers={["Personne accompagnée", "Mentor", confirmed ? "Résultat" : "Action", "Score", "Raisons"]}
          data={result.items.map(row)}
        />
      )}
      <ListPagination
        result={result}
        pageSize={PROPOSALS_PAGE_SIZE}
        page={filters.page}
        showFirstLast
        getPageLinkProps={(page) => ({ to: { search: proposalFiltersToSearchParams({ ...filters, page }).toString() } })}
      />
    </>
  );
}
