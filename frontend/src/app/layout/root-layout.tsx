import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { Outlet } from "react-router";
import { FlashNotice } from "./flash-notice";
import { FocusOnNavigation } from "./focus-on-navigation";
import { PageLoadingStatus } from "./page-loading-status";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

const MAIN_ID = "contenu";

export function RootLayout() {
  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: `#${MAIN_ID}` },
          { label: "Menu", anchor: "#fr-header-main-navigation" },
          { label: "Pied de page", anchor: "#fr-footer" },
        ]}
      />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="fr-container fr-pb-8w">
        <FocusOnNavigation targetId={MAIN_ID} />
        <PageLoadingStatus />
        <FlashNotice />
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
