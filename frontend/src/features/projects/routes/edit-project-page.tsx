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
import { useUpdateProject } from "../api/edit-project";
import { useProject } from "../api/get-projects";
import { ProjectForm } from "../components/project-form";
import { draftOf, toProjectUpdate } from "../utils/project-draft";

const PROJECTS_SEGMENT = { label: "Projets", linkProps: { to: paths.projects.list.getHref() } };

export function EditProjectPage() {
  const { id = "" } = useParams();
  const project = useProject(id);
  const update = useUpdateProject(id);
  const navigate = useNavigate();
  const title = project.data ? `Modifier « ${project.data.title} »` : "Modifier un projet";
  useDocumentTitle(title);
  const backToProject = () => navigate(paths.projects.project.getHref(id));

  if (isNotFound(project.error)) return <NotFoundPage />;
  return (
    <>
      <Breadcrumb
        currentPageLabel="Modifier"
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[
          PROJECTS_SEGMENT,
          ...(project.data ? [{ label: project.data.title, linkProps: { to: paths.projects.project.getHref(id) } }] : []),
        ]}
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>{title}</h1>
          {project.isPending && <LoadingMessage>Chargement du projet…</LoadingMessage>}
          {project.isError && <ProblemAlert error={project.error} title="Ce projet n'est pas disponible" />}
          {project.data && project.data.myRole !== "LEAD" && (
            <Alert
              as="h2"
              severity="info"
              title="Seuls les responsables du projet le modifient"
              description="Demandez à un responsable de l'équipe, ou rejoignez-la et demandez à devenir responsable."
            />
          )}
          {project.data?.myRole === "LEAD" && (
            <ProjectForm
              initialDraft={draftOf(project.data)}
              creating={false}
              submitLabel="Enregistrer les modifications"
              isPending={update.isPending}
              error={update.error}
              onCancel={backToProject}
              onSubmit={(draft, languages) =>
                update.mutate(toProjectUpdate(draft, languages), {
                  onSuccess: () =>
                    navigate(paths.projects.project.getHref(id), { state: flashState("Le projet est enregistré.", "success") }),
                })
              }
            />
          )}
        </div>
      </div>
    </>
  );
}
