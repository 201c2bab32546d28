import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { CHALLENGES_PAGE_SIZE } from "../api/challenges-queries";
import { useChallenges } from "../api/use-challenges";
import { CHALLENGE_TABS, tabAndPageToSearchParams, type ChallengeTab } from "../utils/challenge-tabs";
import { ChallengeCard } from "./challenge-card";

const tabHref = (id: string) => {
  const tab = CHALLENGE_TABS.find((candidate) => candidate.id === id) ?? CHALLENGE_TABS[0];
  return `${paths.challenges.list.getHref()}?${tabAndPageToSearchParams(tab).toString()}`;
};

/** What to do when a tab is empty. */
function EmptyHint({ tab, animateur }: { tab: ChallengeTab; animateur: boolean }) {
  switch (tab.period) {
    case "current":
      return (
        <p>
          Aucun défi n'est ouvert en ce moment. Regardez les <Link to={tabHref("a-venir")}>défis à venir</Link>, ou entraînez-vous sur un{" "}
          <Link to={tabHref("passes")}>défi passé</Link> : ils restent ouverts à tous comme exercices.
        </p>
      );
    case "upcoming":
      return animateur ? (
        <p>
          Aucun défi n'est programmé. <Link to={paths.challenges.create.getHref()}>Publiez le prochain défi</Link>.
        </p>
      ) : (
        <p>
          Aucun défi n'est programmé pour l'instant : le prochain sera annoncé ici. En attendant, piochez dans les{" "}
          <Link to={tabHref("passes")}>défis passés</Link>.
        </p>
      );
    default:
      return <p>Aucun défi n'est encore clos. Les défis passés resteront ici, comme une bibliothèque d'exercices.</p>;
  }
}

/** The challenges of one tab, a page at a time. */
export function ChallengeList({ tab, page, animateur }: { tab: ChallengeTab; page: number; animateur: boolean }) {
  const result = useChallenges(tab.period, page);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page);

  // After a change of page, take keyboard and screen reader users to the top of the list.
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    heading.current?.focus();
  }, [page]);

  if (result.isError) return <ProblemAlert error={result.error} title="Les défis n'ont pas pu être chargés" />;
  if (!result.isSuccess) return <LoadingMessage>Chargement des défis…</LoadingMessage>;
  const { items, total } = result.data;
  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="fr-h4">
        {tab.countLabel(result.data)}
      </h2>
      {total === 0 ? (
        <EmptyHint tab={tab} animateur={animateur} />
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {items.map((challenge) => (
            <li key={challenge.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <ChallengeCard challenge={challenge} />
            </li>
          ))}
        </ul>
      )}
      <ListPagination
        result={result.data}
        pageSize={CHALLENGES_PAGE_SIZE}
        page={page}
        className="fr-mt-4w"
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: tabAndPageToSearchParams(tab, target).toString() } })}
      />
    </>
  );
}
