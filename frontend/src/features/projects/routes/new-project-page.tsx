import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate } from "react-router";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { flashState } from "../../../lib/flash-message";
import { useCreateProject } from "../api/edit-project";
import { ProjectForm } from "../components/project-form";
import { EMPTY_DRAFT, toProjectCreate } from "../utils/project-draft";

const PROJECTS_SEGMENT = { label: "Projets", linkProps: { to: paths.projects.list.getHref() } };

export function NewProjectPage() {
  useDocumentTitle("Proposer un projet");
  const navigate = useNavigate();
  const create = useCreateProject();

  return (
    <>
      <Breadcrumb currentPageLabel="Proposer un projet" homeLinkProps={{ to: paths.home.getHref() }} segments={[PROJECTS_SEGMENT]} />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Proposer un projet</h1>
          <p className="fr-text--lead">
            Vous en deviendrez le premier responsable : vous accueillerez les membres qui demandent à rejoindre l'équipe.
          </p>
          <ProjectForm
            initialDraft={EMPTY_DRAFT}
            creating
            submitLabel="Proposer le projet"
            isPending={create.isPending}
            error={create.error}
            onCancel={() => navigate(paths.projects.list.getHref())}
            onSubmit={(draft, languages) =>
              create.mutate(toProjectCreate(draft, languages), {
                onSuccess: (created) =>
                  navigate(paths.projects.project.getHref(created.id), {
                    state: flashState("Votre projet est proposé. Les membres peuvent maintenant demander à vous rejoindre.", "success"),
                  }),
              })
            }
          />
        </div>
      </div>
    </>
  );
}
