import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { Project } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { useDeleteProject, useUpdateProject } from "../api/edit-project";

const archiveModal = createModal({ id: "project-archive-modal", isOpenedByDefault: false });
const deleteModal = createModal({ id: "project-delete-modal", isOpenedByDefault: false });

type ProjectModerationProps = {
  project: Project;
  /** Leads and animateurs archive. */
  mayArchive: boolean;
  /** Administrators delete. */
  mayDelete: boolean;
};

/** What leads, animateurs and administrators may do to the whole project: edit, archive, delete (each confirmed). */
export function ProjectModeration({ project, mayArchive, mayDelete }: ProjectModerationProps) {
  const navigate = useNavigate();
  const archive = useUpdateProject(project.id);
  const remove = useDeleteProject(project.id);
  useIsModalOpen(archiveModal, { onConceal: () => archive.reset() });
  useIsModalOpen(deleteModal, { onConceal: () => remove.reset() });
  const canArchive = mayArchive && project.status !== "ARCHIVED";
  if (project.myRole !== "LEAD" && !canArchive && !mayDelete) return null;

  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left fr-mb-4w">
        {project.myRole === "LEAD" && (
          <li>
            <Button iconId="fr-icon-edit-line" priority="secondary" linkProps={{ to: paths.projects.edit.getHref(project.id) }}>
              Modifier le projet
            </Button>
          </li>
        )}
        {canArchive && (
          <li>
            <Button iconId="fr-icon-archive-line" priority="secondary" nativeButtonProps={archiveModal.buttonProps}>
              Archiver le projet
            </Button>
          </li>
        )}
        {mayDelete && (
          <li>
            <Button iconId="fr-icon-delete-line" priority="tertiary" nativeButtonProps={deleteModal.buttonProps}>
              Supprimer le projet
            </Button>
          </li>
        )}
      </ul>
      <archiveModal.Component
        title="Archiver ce projet ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Archiver le projet",
            doClosesModal: false,
            disabled: archive.isPending,
            onClick: () => archive.mutate({ status: "ARCHIVED" }, { onSuccess: () => archiveModal.close() }),
          },
        ]}
      >
        <p>Le projet n'apparaîtra plus dans la liste par défaut et n'accueillera plus de demandes. Sa page reste lisible.</p>
        {archive.isError && <ProblemAlert error={archive.error} title="Le projet n'a pas été archivé" />}
      </archiveModal.Component>
      <deleteModal.Component
        title="Supprimer ce projet ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Supprimer définitivement",
            doClosesModal: false,
            disabled: remove.isPending,
            onClick: () =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  deleteModal.close();
                  navigate(paths.projects.list.getHref(), {
                    state: flashState(`Le projet « ${project.title} » est supprimé.`, "success"),
                  });
                },
              }),
          },
        ]}
      >
        <p>« {project.title} » disparaîtra pour tous les membres. La suppression est enregistrée.</p>
        {remove.isError && <ProblemAlert error={remove.error} title="Le projet n'a pas été supprimé" />}
      </deleteModal.Component>
    </>
  );
}
