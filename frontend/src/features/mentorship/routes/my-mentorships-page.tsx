import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useQueries } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { mentorshipQueries } from "../api/mentorship-queries";
import { MentorshipList } from "../components/mentorship-list";
import {
  MENTORSHIP_TABS,
  openingTab,
  tabAndPagesFrom,
  tabAndPagesToSearchParams,
  tabLabel,
  type TabCounts,
} from "../utils/mentorship-tabs";

/** The number of pairings in each tab; undefined until all are known (or when one could not be counted). */
function useTabCounts(): { counts: TabCounts | undefined; settled: boolean } {
  return useQueries({
    queries: MENTORSHIP_TABS.map((tab) => mentorshipQueries.mineCount(tab.statuses)),
    combine: (results) => ({
      counts: results.every((result) => result.isSuccess)
        ? Object.fromEntries(MENTORSHIP_TABS.map((tab, index) => [tab.id, results[index].data as number]))
        : undefined,
      settled: results.every((result) => !result.isPending),
    }),
  });
}

export function MyMentorshipsPage() {
  useDocumentTitle("Mes mentorats");
  const [searchParams, setSearchParams] = useSearchParams();
  const { tab: askedTab, pages } = tabAndPagesFrom(searchParams);
  const { counts, settled } = useTabCounts();
  // Without a tab in the URL, open the one that holds something (a pairing under way first), once the counts are known.
  const tab = askedTab ?? (counts ? openingTab(counts) : settled ? MENTORSHIP_TABS[0] : undefined);

  const selectTab = (tabId: string) => {
    const selected = MENTORSHIP_TABS.find(({ id }) => id === tabId);
    if (selected) setSearchParams(tabAndPagesToSearchParams(selected));
  };

  return (
    <div className="fr-py-6w">
      <h1>Mes mentorats</h1>
      <p className="fr-text--lead">
        Les accompagnements que vous proposez et ceux dont vous bénéficiez, avec leur état et leurs objectifs.
      </p>
      <ButtonsGroup
        className="fr-mb-2w"
        inlineLayoutWhen="md and up"
        buttons={[
          { children: "Trouver un mentor", iconId: "fr-icon-user-search-line", linkProps: { to: paths.mentorships.findMentor.getHref() } },
          {
            children: "Chercher un mentor dans l'annuaire",
            priority: "secondary",
            iconId: "fr-icon-search-line",
            linkProps: { to: paths.members.directory.getHref({ mentorsOnly: true }) },
          },
        ]}
      />
      {tab ? (
        <Tabs
          label="Mes mentorats par état"
          selectedTabId={tab.id}
          onTabChange={selectTab}
          tabs={MENTORSHIP_TABS.map((each) => ({ tabId: each.id, label: tabLabel(each, counts) }))}
        >
          <MentorshipList key={tab.id} tab={tab} pages={pages} />
        </Tabs>
      ) : (
        <LoadingMessage>Chargement de vos mentorats…</LoadingMessage>
      )}
    </div>
  );
}
