import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";

export function OpenDataPage() {
  useDocumentTitle("Données ouvertes uniquement");
  return (
    <>
      <Breadcrumb currentPageLabel="Données ouvertes uniquement" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Données ouvertes uniquement</h1>
      <p className="fr-text--lead">Dans Spyrales, on apprend et on s'entraîne exclusivement sur des données ouvertes.</p>
      <ul>
        <li>
          Les exercices, projets et exemples partagés utilisent des jeux de données publiés sous licence ouverte, par exemple sur
          data.gouv.fr ou sur les portails de l'Insee.
        </li>
        <li>
          Ne partagez jamais de données personnelles, de données couvertes par un secret (statistique, fiscal, médical…) ni de documents
          internes à votre administration.
        </li>
        <li>En cas de doute sur un jeu de données, demandez à un animateur ou une animatrice de la communauté.</li>
      </ul>
    </>
  );
}
