import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";

export function AccessibilityPage() {
  useDocumentTitle("Accessibilité");
  return (
    <>
      <Breadcrumb currentPageLabel="Accessibilité" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Accessibilité : partiellement conforme</h1>
      <p>
        Spyrales s'engage à rendre son service accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Le site est
        construit avec le Système de design de l'État (DSFR) ; il n'a pas encore fait l'objet d'un audit de conformité au RGAA.
      </p>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, signalez-le aux animateurs de la communauté sur Tchap : nous vous
        aiderons à obtenir l'information par un autre moyen.
      </p>
    </>
  );
}
