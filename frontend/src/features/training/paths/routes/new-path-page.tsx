import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useNavigate } from "react-router";
import { paths } from "../../../../config/paths";
import { useDocumentTitle } from "../../../../hooks/use-document-title";
import { flashState } from "../../../../lib/flash-message";
import { useCreatePath } from "../api/path-mutations";
import { PathDetailsForm } from "../components/path-details-form";
import { useCanWritePaths } from "../utils/path-authoring";
import { PATHS_SEGMENT } from "./path-page";

export function NewPathPage() {
  useDocumentTitle("Créer un parcours");
  const navigate = useNavigate();
  const create = useCreatePath();
  const canWrite = useCanWritePaths();

  return (
    <div className="fr-py-6w">
      <Breadcrumb currentPageLabel="Créer un parcours" homeLinkProps={{ to: paths.home.getHref() }} segments={[PATHS_SEGMENT]} />
      <h1>Créer un parcours</h1>
      <p className="fr-text--lead">
        Un parcours met dans l'ordre des ressources de la bibliothèque pour atteindre un objectif. Décrivez-le d'abord ; vous ajouterez les
        étapes ensuite. Il reste un brouillon, visible de vous seul et des animateurs, jusqu'à ce que vous le publiiez.
      </p>
      {!canWrite && (
        <Alert
          className="fr-mb-4w"
          severity="info"
          small
          description="Les parcours sont écrits par les mentors et les animateurs. Pour en écrire, indiquez dans votre profil que vous pouvez accompagner d'autres membres."
        />
      )}
      <PathDetailsForm
        submitLabel="Créer le brouillon"
        isPending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (created) =>
              navigate(paths.training.pathEdit.getHref(created.id), {
                state: flashState("Le brouillon est créé. Ajoutez maintenant ses étapes.", "success"),
              }),
          })
        }
      />
    </div>
  );
}
