import { Button } from "@codegouvfr/react-dsfr/Button";
import { paths } from "../config/paths";
import { useDocumentTitle } from "../hooks/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Page non trouvée");
  return (
    <div className="fr-py-6w">
      <h1>Page non trouvée</h1>
      <p className="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible.</p>
      <Button linkProps={{ to: paths.home.getHref() }}>Page d'accueil</Button>
    </div>
  );
}
