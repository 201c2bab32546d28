import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useParams } from "react-router";
import { LoadingMessage } from "../../../../components/loading-message";
import { NotFoundPage } from "../../../../components/not-found-page";
import { ProblemAlert } from "../../../../components/problem-alert";
import { paths } from "../../../../config/paths";
import { useDocumentTitle } from "../../../../hooks/use-document-title";
import { isNotFound } from "../../../../lib/api/api-error";
import { usePath } from "../api/path-queries";
import type { PathView } from "../api/path-types";
import { FollowPath } from "../components/follow-path";
import { PathBadges } from "../components/path-badges";
import { useSkillNames } from "../components/path-card";
import { PathSteps } from "../components/path-steps";
import { followerCountLabel } from "../utils/path-labels";

export const PATHS_SEGMENT = { label: "Parcours", linkProps: { to: paths.training.paths.getHref() } };

function PathDetails({ path }: { path: PathView }) {
  const skillNames = useSkillNames(path.skills);
  const withdrawnSteps = path.steps.filter((step) => step.resource.status === "WITHDRAWN").length;
  return (
    <>
      <PathBadges path={path} />
      {path.status === "DRAFT" && (
        <Alert
          className="fr-my-2w"
          severity="info"
          small
          description="Brouillon : seuls son auteur et les animateurs le voient. Publiez-le quand ses étapes sont prêtes."
        />
      )}
      {path.status === "ARCHIVED" && (
        <Alert
          className="fr-my-2w"
          severity="warning"
          small
          description="Ce parcours est archivé : il n'est plus proposé, mais ceux qui le suivaient gardent leur progression."
        />
      )}
      {withdrawnSteps > 0 && (
        <Alert
          className="fr-my-2w"
          severity="warning"
          small
          description={
            withdrawnSteps === 1
              ? "Une étape renvoie à une ressource retirée de la bibliothèque."
              : `${withdrawnSteps} étapes renvoient à des ressources retirées de la bibliothèque.`
          }
        />
      )}
      <p className="fr-text--lead fr-mt-2w">{path.goal}</p>
      <p>
        Par {path.author?.displayName ?? "un ancien membre"} · {followerCountLabel(path.followerCount)}
      </p>
      <ul className="fr-tags-group" aria-label="Compétences travaillées">
        {skillNames.map((name) => (
          <li key={name}>
            <Tag small>{name}</Tag>
          </li>
        ))}
      </ul>
      {path.canEdit && (
        <Button priority="secondary" iconId="fr-icon-edit-line" linkProps={{ to: paths.training.pathEdit.getHref(path.id) }}>
          Modifier le parcours
        </Button>
      )}
      <FollowPath path={path} />
      <h2>Les étapes</h2>
      <PathSteps path={path} />
    </>
  );
}

export function PathPage() {
  const { id = "" } = useParams();
  const path = usePath(id);
  const title = path.data?.title ?? "Parcours";
  useDocumentTitle(title);

  if (isNotFound(path.error)) return <NotFoundPage />;
  return (
    <div className="fr-py-6w">
      <Breadcrumb currentPageLabel={title} homeLinkProps={{ to: paths.home.getHref() }} segments={[PATHS_SEGMENT]} />
      <h1>{title}</h1>
      {path.isPending && <LoadingMessage>Chargement du parcours…</LoadingMessage>}
      {path.isError && <ProblemAlert error={path.error} title="Ce parcours n'est pas disponible" />}
      {path.data && <PathDetails path={path.data} />}
    </div>
  );
}
