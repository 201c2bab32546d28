import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { paths } from "../../config/paths";

export function SiteFooter() {
  return (
    <Footer
      accessibility="partially compliant"
      accessibilityLinkProps={{ to: paths.accessibility.getHref() }}
      contentDescription="Spyrales est la communauté interministérielle des agents publics qui se forment ensemble à la science des données avec Python et R. Ne laisser personne sur le bord de la route."
      bottomItems={[{ text: "Données ouvertes uniquement", linkProps: { to: paths.openData.getHref() } }]}
      domains={["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"]}
    />
  );
}
