import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { Ref } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { useMyMentorships } from "../api/list-my-mentorships";
import { MENTORSHIPS_PAGE_SIZE, tabAndPageToSearchParams, type MentorshipTab } from "../utils/mentorship-tabs";
import { MentorshipSummaryCard } from "./mentorship-summary-card";

type MentorshipListProps = { tab: MentorshipTab; page: number; headingRef: Ref<HTMLHeadingElement> };

/** The pairings of one tab, both roles together, a page at a time. */
export function MentorshipList({ tab, page, headingRef }: MentorshipListProps) {
  const list = useMyMentorships({ status: tab.statuses, page: page - 1, size: MENTORSHIPS_PAGE_SIZE });

  if (list.isPending) return <LoadingMessage>Chargement de vos mentorats…</LoadingMessage>;
  if (list.isError) return <ProblemAlert error={list.error} title="Vos mentorats n'ont pas pu être chargés" />;

  const { items, total } = list.data;
  const pageCount = Math.ceil(total / MENTORSHIPS_PAGE_SIZE);
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="fr-h4">
        {tab.countLabel(total)}
      </h2>
      {items.length === 0 ? (
        <p>{tab.emptyHint}</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {items.map((mentorship) => (
            <li key={mentorship.id} className="fr-col-12 fr-col-md-6">
              <MentorshipSummaryCard mentorship={mentorship} />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <Pagination
          className="fr-mt-4w"
          count={pageCount}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(target) => ({ to: { search: tabAndPageToSearchParams(tab, target).toString() } })}
        />
      )}
    </>
  );
}
