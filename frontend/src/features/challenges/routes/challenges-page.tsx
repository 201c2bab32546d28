import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useSearchParams } from "react-router";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isAnimateurOrAdmin, useSession } from "../../../lib/session/use-session";
import { ChallengeList } from "../components/challenge-list";
import { CHALLENGE_TABS, tabAndPageFrom, tabAndPageToSearchParams } from "../utils/challenge-tabs";

export function ChallengesPage() {
  useDocumentTitle("La Piscine");
  const session = useSession();
  const animateur = isAnimateurOrAdmin(session);
  const [searchParams, setSearchParams] = useSearchParams();
  const { tab, page } = tabAndPageFrom(searchParams);

  const selectTab = (tabId: string) => {
    const selected = CHALLENGE_TABS.find(({ id }) => id === tabId);
    if (selected) setSearchParams(tabAndPageToSearchParams(selected));
  };

  return (
    <div className="fr-py-6w">
      <h1>La Piscine</h1>
      <p className="fr-text--lead">
        Chaque semaine, un défi sur un jeu de données ouvert : tout le monde essaie, débutants compris. Les participations sont partagées à
        la clôture, et un travail inachevé a toute sa place au « vestiaire ».
      </p>
      {animateur && (
        <Button className="fr-mb-4w" iconId="fr-icon-add-line" linkProps={{ to: paths.challenges.create.getHref() }}>
          Publier un défi
        </Button>
      )}
      <Tabs
        label="Les défis par période"
        selectedTabId={tab.id}
        onTabChange={selectTab}
        tabs={CHALLENGE_TABS.map(({ id, label }) => ({ tabId: id, label }))}
      >
        <ChallengeList key={tab.id} tab={tab} page={page} animateur={animateur} />
      </Tabs>
    </div>
  );
}
