import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate } from "react-router";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { flashState } from "../../../lib/flash-message";
import { useProposeResource } from "../api/edit-resource";
import { ResourceForm } from "../components/resource-form";
import { EMPTY_DRAFT } from "../utils/resource-draft";

const LIBRARY_SEGMENT = { label: "Bibliothèque", linkProps: { to: paths.training.resources.getHref() } };

export function ProposeResourcePage() {
  useDocumentTitle("Proposer une ressource");
  const navigate = useNavigate();
  const propose = useProposeResource();

  return (
    <>
      <Breadcrumb currentPageLabel="Proposer une ressource" homeLinkProps={{ to: paths.home.getHref() }} segments={[LIBRARY_SEGMENT]} />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Proposer une ressource</h1>
          <p className="fr-text--lead">
            Un cours, un tutoriel, un livre qui vous a aidé·e ? Proposez-le : un animateur le relira, puis il rejoindra la bibliothèque.
          </p>
          <ResourceForm
            initialDraft={EMPTY_DRAFT}
            submitLabel="Proposer la ressource"
            isPending={propose.isPending}
            error={propose.error}
            onCancel={() => navigate(paths.training.resources.getHref())}
            onSubmit={(body) =>
              propose.mutate(body, {
                onSuccess: (created) =>
                  navigate(paths.training.resource.getHref(created.id), {
                    state: flashState(
                      created.status === "PUBLISHED"
                        ? "La ressource est publiée dans la bibliothèque."
                        : "Merci ! Votre proposition est enregistrée : un animateur la relira, et vous serez prévenu·e de sa décision.",
                      "success",
                    ),
                  }),
              })
            }
          />
        </div>
      </div>
    </>
  );
}
