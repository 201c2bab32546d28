import { Button } from "@codegouvfr/react-dsfr/Button";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { paths } from "../config/paths";
import { useDocumentTitle } from "../hooks/use-document-title";
import { NotFoundPage } from "../components/not-found-page";

/** Shown instead of the whole layout when a page fails to render. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle("Erreur inattendue");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main className="fr-container fr-py-6w" id="contenu">
      <h1>Erreur inattendue</h1>
      <p className="fr-text--lead">Désolé, le service rencontre un problème. Nous travaillons à le résoudre.</p>
      <p>Rechargez la page ou revenez plus tard.</p>
      <Button linkProps={{ href: paths.home.getHref() }}>Page d'accueil</Button>
    </main>
  );
}
