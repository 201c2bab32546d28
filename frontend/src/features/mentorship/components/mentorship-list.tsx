import { useEffect, useRef } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import type { MentorshipPage } from "../../../lib/api/types";
import { useMyMentorships } from "../api/list-my-mentorships";
import {
  MENTORSHIPS_PAGE_SIZE,
  PARTY_ROLE_HEADINGS,
  PARTY_ROLES,
  tabAndPagesToSearchParams,
  type MentorshipTab,
  type PartyRole,
  type RolePages,
} from "../utils/mentorship-tabs";
import { MentorshipSummaryCard } from "./mentorship-summary-card";

type RoleSectionProps = { role: PartyRole; tab: MentorshipTab; pages: RolePages; result: MentorshipPage };

/** The pairings of the tab in one role, a page at a time. */
function RoleSection({ role, tab, pages, result }: RoleSectionProps) {
  const page = pages[role];
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page);
  const headingId = `mentorships-as-${role.toLowerCase()}`;

  // After a change of page, take keyboard and screen reader users to the top of this list.
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    heading.current?.focus();
  }, [page]);

  return (
    <section className="fr-mt-4w" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="fr-h5">
        {PARTY_ROLE_HEADINGS[role]}
      </h3>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {result.items.map((mentorship) => (
          <li key={mentorship.id} className="fr-col-12 fr-col-md-6">
            <MentorshipSummaryCard mentorship={mentorship} />
          </li>
        ))}
      </ul>
      <ListPagination
        result={result}
        pageSize={MENTORSHIPS_PAGE_SIZE}
        page={page}
        className="fr-mt-4w"
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: tabAndPagesToSearchParams(tab, { ...pages, [role]: target }).toString() } })}
      />
    </section>
  );
}

type MentorshipListProps = { tab: MentorshipTab; pages: RolePages };

/** The pairings of one tab: those where I mentor and those where I am mentored, each its own list; an empty one is left out. */
export function MentorshipList({ tab, pages }: MentorshipListProps) {
  const lists = {
    MENTOR: useMyMentorships({ role: "MENTOR", status: tab.statuses, page: pages.MENTOR - 1, size: MENTORSHIPS_PAGE_SIZE }),
    MENTEE: useMyMentorships({ role: "MENTEE", status: tab.statuses, page: pages.MENTEE - 1, size: MENTORSHIPS_PAGE_SIZE }),
  };
  const failed = PARTY_ROLES.map((role) => lists[role]).find(({ isError }) => isError);
  if (failed) return <ProblemAlert error={failed.error} title="Vos mentorats n'ont pas pu être chargés" />;
  const { MENTOR: asMentor, MENTEE: asMentee } = lists;
  if (!asMentor.isSuccess || !asMentee.isSuccess) return <LoadingMessage>Chargement de vos mentorats…</LoadingMessage>;

  const results: Record<PartyRole, MentorshipPage> = { MENTOR: asMentor.data, MENTEE: asMentee.data };
  const total = results.MENTOR.total + results.MENTEE.total;
  return (
    <>
      <h2 className="fr-h4">{tab.countLabel(total)}</h2>
      {total === 0 ? (
        <p>{tab.emptyHint}</p>
      ) : (
        PARTY_ROLES.filter((role) => results[role].total > 0).map((role) => (
          <RoleSection key={role} role={role} tab={tab} pages={pages} result={results[role]} />
        ))
      )}
    </>
  );
}
