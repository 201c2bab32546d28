import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSearchParams } from "react-router";
import { ListPagination } from "../../../../components/list-pagination";
import { LoadingMessage } from "../../../../components/loading-message";
import { ProblemAlert } from "../../../../components/problem-alert";
import { paths } from "../../../../config/paths";
import { useDocumentTitle } from "../../../../hooks/use-document-title";
import { MY_PATHS_PAGE_SIZE, useMyPaths, usePaths } from "../api/path-queries";
import { PathCard } from "../components/path-card";
import { useCanWritePaths } from "../utils/path-authoring";
import { PATHS_SEGMENT } from "./path-page";

const AUTHORED_SHOWN = 50;

function FollowedPaths() {
  const [searchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get("page")) || 1);
  const followed = useMyPaths(page - 1);

  if (followed.isPending) return <LoadingMessage>Chargement de vos parcours…</LoadingMessage>;
  if (followed.isError) return <ProblemAlert error={followed.error} title="Vos parcours n'ont pas pu être chargés" />;
  if (followed.data.items.length === 0) {
    return (
      <div>
        <p>
          Vous ne suivez aucun parcours. Choisissez-en un qui correspond à ce que vous voulez apprendre : vous cocherez les étapes à votre
          rythme.
        </p>
        <Button linkProps={{ to: paths.training.paths.getHref() }}>Voir les parcours</Button>
      </div>
    );
  }
  return (
    <>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {followed.data.items.map((path) => (
          <li key={path.id} className="fr-col-12 fr-col-md-6">
            <PathCard
              path={path}
              extra={
                path.status === "ARCHIVED" && (
                  <div className="fr-mt-1w">
                    <Badge small>Archivé</Badge>
                    <p className="fr-text--sm fr-mb-0">Ce parcours n'est plus proposé ; votre progression reste visible.</p>
                  </div>
                )
              }
            />
          </li>
        ))}
      </ul>
      <ListPagination
        result={followed.data}
        pageSize={MY_PATHS_PAGE_SIZE}
        page={page}
        className="fr-mt-4w"
        getPageLinkProps={(target) => ({ to: { search: `page=${target}` } })}
      />
    </>
  );
}

function AuthoredPaths() {
  const authored = usePaths({ mine: true, page: 0, size: AUTHORED_SHOWN });
  if (authored.isPending) return <LoadingMessage>Chargement des parcours que vous avez écrits…</LoadingMessage>;
  if (authored.isError) return <ProblemAlert error={authored.error} title="Les parcours que vous avez écrits n'ont pas pu être chargés" />;
  if (authored.data.items.length === 0) {
    return (
      <div>
        <p>Vous n'avez écrit aucun parcours. Partagez votre expérience : mettez dans l'ordre les ressources qui vous ont servi.</p>
        <Button priority="secondary" iconId="fr-icon-add-line" linkProps={{ to: paths.training.pathCreate.getHref() }}>
          Créer un parcours
        </Button>
      </div>
    );
  }
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {authored.data.items.map((path) => (
        <li key={path.id} className="fr-col-12 fr-col-md-6">
          <PathCard path={path} />
        </li>
      ))}
    </ul>
  );
}

export function MyPathsPage() {
  useDocumentTitle("Mes parcours");
  const canWrite = useCanWritePaths();
  return (
    <div className="fr-py-6w">
      <Breadcrumb currentPageLabel="Mes parcours" homeLinkProps={{ to: paths.home.getHref() }} segments={[PATHS_SEGMENT]} />
      <h1>Mes parcours</h1>
      <section aria-labelledby="followed-paths-heading">
        <h2 id="followed-paths-heading">Les parcours que je suis</h2>
        <FollowedPaths />
      </section>
      {canWrite && (
        <section aria-labelledby="authored-paths-heading" className="fr-mt-6w">
          <h2 id="authored-paths-heading">Les parcours que j'ai écrits</h2>
          <AuthoredPaths />
        </section>
      )}
    </div>
  );
}
