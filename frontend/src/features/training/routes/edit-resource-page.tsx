import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate, useParams } from "react-router";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import { flashState } from "../../../lib/flash-message";
import { useUpdateResource } from "../api/edit-resource";
import { useResource } from "../api/use-resources";
import { ResourceForm } from "../components/resource-form";
import { draftOf, toResourceUpdate } from "../utils/resource-draft";

const LIBRARY_SEGMENT = { label: "Bibliothèque", linkProps: { to: paths.training.resources.getHref() } };

/** The proposer edits a proposal (a refused one goes back to review); animateurs edit any resource. */
export function EditResourcePage() {
  const { id = "" } = useParams();
  const resource = useResource(id);
  const update = useUpdateResource(id);
  const navigate = useNavigate();
  const title = resource.data ? `Modifier « ${resource.data.title} »` : "Modifier une ressource";
  useDocumentTitle(title);
  const backToResource = () => navigate(paths.training.resource.getHref(id));

  if (isNotFound(resource.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Modifier"
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[
          LIBRARY_SEGMENT,
          ...(resource.data ? [{ label: resource.data.title, linkProps: { to: paths.training.resource.getHref(id) } }] : []),
        ]}
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>{title}</h1>
          {resource.isPending && <LoadingMessage>Chargement de la ressource…</LoadingMessage>}
          {resource.isError && <ProblemAlert error={resource.error} title="Cette ressource n'est pas disponible" />}
          {resource.data && !resource.data.canEdit && (
            <Alert
              as="h2"
              severity="info"
              title="Vous ne pouvez pas modifier cette ressource"
              description="Une proposition se modifie tant qu'elle n'est pas publiée ; ensuite, seuls les animateurs la modifient. Vous avez repéré une erreur ? Dites-le dans votre avis."
            />
          )}
          {resource.data?.canEdit && (
            <>
              {resource.data.status === "REJECTED" && <p>Une fois enregistrée, votre proposition repartira en relecture.</p>}
              <ResourceForm
                initialDraft={draftOf(resource.data)}
                resourceId={id}
                submitLabel="Enregistrer les modifications"
                isPending={update.isPending}
                error={update.error}
                onCancel={backToResource}
                onSubmit={(body) =>
                  update.mutate(toResourceUpdate(body), {
                    onSuccess: () =>
                      navigate(paths.training.resource.getHref(id), { state: flashState("La ressource est enregistrée.", "success") }),
                  })
                }
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
