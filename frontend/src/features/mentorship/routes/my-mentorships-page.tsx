import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useSearchParams } from "react-router";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { MentorshipList } from "../components/mentorship-list";
import { MENTORSHIP_TABS, tabAndPagesFrom, tabAndPagesToSearchParams } from "../utils/mentorship-tabs";

export function MyMentorshipsPage() {
  useDocumentTitle("Mes mentorats");
  const [searchParams, setSearchParams] = useSearchParams();
  const { tab, pages } = tabAndPagesFrom(searchParams);

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
      <Tabs
        label="Mes mentorats par état"
        selectedTabId={tab.id}
        onTabChange={selectTab}
        tabs={MENTORSHIP_TABS.map(({ id, label }) => ({ tabId: id, label }))}
      >
        <MentorshipList key={tab.id} tab={tab} pages={pages} />
      </Tabs>
    </div>
  );
}
