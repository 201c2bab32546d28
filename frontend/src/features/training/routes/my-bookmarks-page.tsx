import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSearchParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useMyBookmarks } from "../api/use-resources";
import { PagedResourceList } from "../components/paged-resource-list";
import { ResourceCard } from "../components/resource-card";
import { BEGINNER_SEARCH } from "../utils/resource-filters";
import { pageParam } from "../utils/page-param";

const LIBRARY_SEGMENT = { label: "Bibliothèque", linkProps: { to: paths.training.resources.getHref() } };

function EmptyList() {
  return (
    <>
      <p>
        Votre liste est vide. Dans la bibliothèque, « Ajouter à ma liste » garde ici les ressources que vous voulez suivre. Vous débutez ?
        Commencez par les ressources pour débuter, en français.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button linkProps={{ to: paths.training.resources.getHref({ search: BEGINNER_SEARCH }) }}>Ressources pour débuter</Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ to: paths.training.resources.getHref() }}>
            Toute la bibliothèque
          </Button>
        </li>
      </ul>
    </>
  );
}

/** « Ma liste »: the resources I keep, newest bookmark first; a withdrawn one stays, marked. */
export function MyBookmarksPage() {
  useDocumentTitle("Ma liste de ressources");
  const [searchParams] = useSearchParams();
  const page = pageParam(searchParams);
  const bookmarks = useMyBookmarks(page);

  return (
    <>
      <Breadcrumb currentPageLabel="Ma liste" homeLinkProps={{ to: paths.home.getHref() }} segments={[LIBRARY_SEGMENT]} />
      <h1>Ma liste de ressources</h1>
      {bookmarks.isPending && <LoadingMessage>Chargement de votre liste…</LoadingMessage>}
      {bookmarks.isError && <ProblemAlert error={bookmarks.error} title="Votre liste n'a pas pu être chargée" />}
      {bookmarks.data &&
        (bookmarks.data.total === 0 ? (
          <EmptyList />
        ) : (
          <>
            <h2 className="fr-h4">{bookmarks.data.total === 1 ? "1 ressource gardée" : `${bookmarks.data.total} ressources gardées`}</h2>
            <p>La dernière ajoutée d'abord. Cochez « J'ai terminé » sur la page d'une ressource quand vous l'avez suivie.</p>
            <PagedResourceList
              items={bookmarks.data.items}
              total={bookmarks.data.total}
              page={page}
              keyOf={(resource) => resource.id}
              render={(resource) => <ResourceCard resource={resource} />}
            />
          </>
        ))}
    </>
  );
}
