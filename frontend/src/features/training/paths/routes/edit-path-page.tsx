import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { LoadingMessage } from "../../../../components/loading-message";
import { NotFoundPage } from "../../../../components/not-found-page";
import { ProblemAlert } from "../../../../components/problem-alert";
import { paths } from "../../../../config/paths";
import { useDocumentTitle } from "../../../../hooks/use-document-title";
import { isNotFound } from "../../../../lib/api/api-error";
import { flashState } from "../../../../lib/flash-message";
import { useDeletePath, usePublishPath, useUpdatePath } from "../api/path-mutations";
import { usePath } from "../api/path-queries";
import type { PathView } from "../api/path-types";
import { AddStepForm } from "../components/add-step-form";
import { PathDetailsForm } from "../components/path-details-form";
import { ConfirmBox } from "../components/step-note-form";
import { StepsEditor } from "../components/steps-editor";
import { PATH_STATUS_LABELS } from "../utils/path-labels";
import { PATHS_SEGMENT } from "./path-page";

function PublishOrRemove({ path }: { path: PathView }) {
  const navigate = useNavigate();
  const publish = usePublishPath(path.id);
  const remove = useDeletePath(path.id);
  const [confirming, setConfirming] = useState(false);
  const isDraft = path.status === "DRAFT";

  return (
    <section aria-labelledby="path-state-heading" className="fr-mt-6w">
      <h2 id="path-state-heading">Publication</h2>
      <p>
        État : <strong>{PATH_STATUS_LABELS[path.status]}</strong>.{" "}
        {isDraft && "Une fois publié, le parcours est proposé à tous les membres, qui peuvent le suivre."}
        {path.status === "PUBLISHED" && "Le parcours est proposé à tous les membres."}
      </p>
      {publish.isError && <ProblemAlert error={publish.error} title="Le parcours n'a pas été publié" />}
      {remove.isError && (
        <ProblemAlert error={remove.error} title={isDraft ? "Le brouillon n'a pas été supprimé" : "Le parcours n'a pas été archivé"} />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {isDraft && (
          <li>
            <Button
              iconId="fr-icon-send-plane-line"
              disabled={publish.isPending}
              onClick={() =>
                publish.mutate(undefined, {
                  onSuccess: () =>
                    navigate(paths.training.path.getHref(path.id), { state: flashState("Le parcours est publié.", "success") }),
                })
              }
            >
              Publier le parcours
            </Button>
          </li>
        )}
        {path.status !== "ARCHIVED" && (
          <li>
            <Button
              priority="secondary"
              iconId={isDraft ? "fr-icon-delete-line" : "fr-icon-archive-line"}
              onClick={() => setConfirming(true)}
            >
              {isDraft ? "Supprimer le brouillon" : "Archiver le parcours"}
            </Button>
          </li>
        )}
      </ul>
      {confirming && (
        <ConfirmBox
          id="remove-path"
          question={isDraft ? `Supprimer le brouillon « ${path.title} » ?` : `Archiver « ${path.title} » ?`}
          consequence={
            isDraft
              ? "Le brouillon et ses étapes seront supprimés définitivement."
              : "Le parcours ne sera plus proposé ni listé. Les membres qui le suivent gardent leur progression, marquée « archivé »."
          }
          confirmLabel={isDraft ? "Supprimer le brouillon" : "Archiver le parcours"}
          isPending={remove.isPending}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () =>
                navigate(paths.training.myPaths.getHref(), {
                  state: flashState(isDraft ? "Le brouillon est supprimé." : "Le parcours est archivé.", "success"),
                }),
            })
          }
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

function PathEditor({ path }: { path: PathView }) {
  const update = useUpdatePath(path.id);
  const [saved, setSaved] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  if (!path.canEdit) {
    return (
      <Alert
        as="h2"
        severity="warning"
        title="Modification réservée"
        description="Seuls l'auteur de ce parcours et les animateurs peuvent le modifier."
      />
    );
  }

  return (
    <>
      <p>
        <Button priority="tertiary" iconId="fr-icon-eye-line" linkProps={{ to: paths.training.path.getHref(path.id) }}>
          Voir le parcours tel que les membres le voient
        </Button>
      </p>
      <section aria-labelledby="path-details-heading">
        <h2 id="path-details-heading">Description</h2>
        {saved && <Alert severity="success" small role="status" className="fr-mb-2w" description="La description est enregistrée." />}
        <PathDetailsForm
          path={path}
          submitLabel="Enregistrer la description"
          isPending={update.isPending}
          error={update.error}
          onSubmit={(body) => {
            setSaved(false);
            update.mutate(body, { onSuccess: () => setSaved(true) });
          }}
        />
      </section>
      <section aria-labelledby="path-steps-heading" className="fr-mt-6w">
        <h2 id="path-steps-heading">Étapes</h2>
        <StepsEditor path={path} />
        <h3 className="fr-mt-4w">Ajouter une étape</h3>
        {added && (
          <Alert
            severity="success"
            small
            role="status"
            className="fr-mb-2w"
            description={`« ${added} » est ajoutée à la fin du parcours.`}
          />
        )}
        <AddStepForm path={path} onAdded={setAdded} />
      </section>
      <PublishOrRemove path={path} />
    </>
  );
}

export function EditPathPage() {
  const { id = "" } = useParams();
  const path = usePath(id);
  const title = path.data ? `Modifier « ${path.data.title} »` : "Modifier le parcours";
  useDocumentTitle(title);

  if (isNotFound(path.error)) return <NotFoundPage />;
  return (
    <div className="fr-py-6w">
      <Breadcrumb
        currentPageLabel="Modifier"
        homeLinkProps={{ to: paths.home.getHref() }}
        segments={[PATHS_SEGMENT, ...(path.data ? [{ label: path.data.title, linkProps: { to: paths.training.path.getHref(id) } }] : [])]}
      />
      <h1>{title}</h1>
      {path.isPending && <LoadingMessage>Chargement du parcours…</LoadingMessage>}
      {path.isError && <ProblemAlert error={path.error} title="Ce parcours n'est pas disponible" />}
      {path.data && <PathEditor path={path.data} />}
    </div>
  );
}
