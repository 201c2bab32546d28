import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { paths } from "../config/paths";
import { useDocumentTitle } from "../hooks/use-document-title";
import { isChunkLoadError } from "../lib/chunk-load-error";
import { NotFoundPage } from "../components/not-found-page";

/**
 * The home page loaded anew, not through the router: the application that failed is left behind (and a newer version,
 * if one was deployed, comes with the new page). An `href` alone would make the router's link point to this page.
 */
const HOME_RELOADED = { to: paths.home.getHref(), reloadDocument: true };

/** Shown instead of the whole layout when a page fails to load or to render. */
export function RouteErrorPage() {
  const error = useRouteError();
  const pageNotDownloaded = isChunkLoadError(error);
  useDocumentTitle(pageNotDownloaded ? "Page à recharger" : "Erreur inattendue");
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (pageNotDownloaded) return <PageToReload />;
  return (
    <main className="fr-container fr-py-6w" id="contenu">
      <h1>Erreur inattendue</h1>
      <p className="fr-text--lead">Désolé, le service rencontre un problème. Nous travaillons à le résoudre.</p>
      <p>Rechargez la page ou revenez plus tard.</p>
      <Button linkProps={HOME_RELOADED}>Page d'accueil</Button>
    </main>
  );
}

/**
 * Each page is a file of its own, downloaded on its first visit. When Spyrales was updated since this tab opened, the
 * old file is gone: reloading fetches the new version (the address stays, so the member lands on the page they asked).
 */
function PageToReload() {
  return (
    <main className="fr-container fr-py-6w" id="contenu">
      <h1>Cette page doit être rechargée</h1>
      <p className="fr-text--lead">Spyrales a été mis à jour depuis l'ouverture de cet onglet, ou la connexion a été interrompue.</p>
      <p>Rechargez la page pour afficher la dernière version. Les informations déjà enregistrées sont conservées.</p>
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          { children: "Recharger la page", iconId: "fr-icon-refresh-line", onClick: () => window.location.reload() },
          { children: "Page d'accueil", priority: "secondary", linkProps: HOME_RELOADED },
        ]}
      />
    </main>
  );
}
