import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { SITE } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";

export function LegalNoticePage() {
  useDocumentTitle("Mentions légales");
  return (
    <>
      <Breadcrumb currentPageLabel="Mentions légales" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>
        Spyrales est le service de la communauté interministérielle des agents publics qui se forment ensemble à la science des données avec
        Python et R. Pour joindre l'équipe : <a href={`mailto:${SITE.contactEmail}`}>{SITE.contactEmail}</a>.
      </p>
      <h2>Hébergement</h2>
      <p>Le service est hébergé en France, sur l'infrastructure de l'administration qui l'exploite.</p>
      <h2>Accessibilité</h2>
      <p>
        L'état de conformité au référentiel général d'amélioration de l'accessibilité (RGAA) est indiqué dans la{" "}
        <Link to={paths.accessibility.getHref()}>déclaration d'accessibilité</Link>.
      </p>
      <h2>Données personnelles et cookies</h2>
      <p>
        Ce que le service garde de vous, combien de temps, et comment exercer vos droits :{" "}
        <Link to={paths.personalData.getHref()}>Données personnelles</Link>. Les cookies déposés sont décrits dans{" "}
        <Link to={paths.cookies.getHref()}>Gestion des cookies</Link>.
      </p>
      <h2>Réutilisation des contenus</h2>
      <p>
        Les ressources, projets et jeux de données partagés par la communauté restent sous la licence que leur auteur indique. Les projets
        ne déclarent que des données ouvertes.
      </p>
      <h2>Code source</h2>
      <p>Le code source du service est ouvert : il peut être relu et réutilisé par d'autres administrations.</p>
    </>
  );
}
