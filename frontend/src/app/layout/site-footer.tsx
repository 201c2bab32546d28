import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { paths } from "../../config/paths";

/**
 * The DSFR footer with the links every State service shows: accessibility (declared non compliant until an audit),
 * legal notice, personal data, cookies, and the display settings (light or dark theme).
 */
export function SiteFooter() {
  return (
    <Footer
      accessibility="non compliant"
      accessibilityLinkProps={{ to: paths.accessibility.getHref() }}
      termsLinkProps={{ to: paths.legalNotice.getHref() }}
      contentDescription="Spyrales est la communauté interministérielle des agents publics qui se forment ensemble à la science des données avec Python et R. Ne laisser personne sur le bord de la route."
      bottomItems={[
        { text: "Données personnelles", linkProps: { to: paths.personalData.getHref() } },
        { text: "Gestion des cookies", linkProps: { to: paths.cookies.getHref() } },
        headerFooterDisplayItem,
        { text: "Données ouvertes uniquement", linkProps: { to: paths.openData.getHref() } },
        { text: "Statistiques de la communauté", linkProps: { to: paths.statistics.getHref() } },
      ]}
      domains={["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"]}
    />
  );
}
