import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import type { ResourceView } from "../../../lib/api/types";
import { useResource } from "../api/use-resources";
import { MyRatingForm } from "../components/my-rating-form";
import { ResourceBadges } from "../components/resource-badges";
import { ResourceFacts } from "../components/resource-facts";
import { ResourceModeration } from "../components/resource-moderation";
import { ResourceProgress } from "../components/resource-progress";
import { ResourceRatings } from "../components/resource-ratings";
import { ResourceStateNotice } from "../components/resource-state-notice";

const LIBRARY_SEGMENT = { label: "Bibliothèque", linkProps: { to: paths.training.resources.getHref() } };

function ResourceContent({ resource }: { resource: ResourceView }) {
  return (
    <>
      <ResourceBadges resource={resource} small={false} />
      <ResourceStateNotice resource={resource} />
      <ResourceModeration resource={resource} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-8">
          <ResourceProgress resource={resource} />
          <section aria-labelledby="resource-description-heading" className="fr-mb-6w">
            <h2 id="resource-description-heading">Description</h2>
            {resource.description.trim() ? (
              // The server renders the Markdown and sanitises it (no script, event handler or javascript: link).
              <div dangerouslySetInnerHTML={{ __html: resource.descriptionHtml }} />
            ) : (
              <p>Pas encore de description : ouvrez la ressource pour la découvrir.</p>
            )}
          </section>
          {resource.status === "PUBLISHED" && <MyRatingForm resource={resource} />}
          {(resource.status === "PUBLISHED" || resource.status === "WITHDRAWN") && <ResourceRatings resourceId={resource.id} />}
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <ResourceFacts resource={resource} />
        </div>
      </div>
    </>
  );
}

export function ResourcePage() {
  const { id = "" } = useParams();
  const resource = useResource(id);
  const title = resource.data?.title ?? "Ressource";
  useDocumentTitle(title);

  if (isNotFound(resource.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: paths.home.getHref() }} segments={[LIBRARY_SEGMENT]} />
      <h1>{title}</h1>
      {resource.isPending && <LoadingMessage>Chargement de la ressource…</LoadingMessage>}
      {resource.isError && <ProblemAlert error={resource.error} title="Cette ressource n'est pas disponible" />}
      {resource.data && <ResourceContent resource={resource.data} />}
    </>
  );
}
