import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { ResourceView } from "../../../lib/api/types";
import { flashState } from "../../../lib/flash-message";
import { useDeleteResource, useModerateResource } from "../api/edit-resource";
import { ModerationReasonModal } from "./moderation-reason-modal";

const rejectModal = createModal({ id: "resource-reject-modal", isOpenedByDefault: false });
const withdrawModal = createModal({ id: "resource-withdraw-modal", isOpenedByDefault: false });
const deleteModal = createModal({ id: "resource-delete-modal", isOpenedByDefault: false });

/**
 * What the proposer and the animateurs may do to a resource: edit it, delete a proposal (confirmed), and for animateurs
 * publish, reject or withdraw (with a reason).
 */
export function ResourceModeration({ resource }: { resource: ResourceView }) {
  const navigate = useNavigate();
  const moderate = useModerateResource();
  const remove = useDeleteResource(resource.id);
  const [news, setNews] = useState("");
  useIsModalOpen(deleteModal, { onConceal: () => remove.reset() });
  const notPublishedYet = resource.status === "PROPOSED" || resource.status === "REJECTED";
  const mayPublish = resource.canModerate && (resource.status === "PROPOSED" || resource.status === "WITHDRAWN");
  const mayReject = resource.canModerate && resource.status === "PROPOSED";
  const mayWithdraw = resource.canModerate && resource.status === "PUBLISHED";
  const mayDelete = resource.canEdit && notPublishedYet;
  if (!resource.canEdit && !mayPublish && !mayReject && !mayWithdraw) return null;

  return (
    <section aria-label="Gestion de la ressource" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        {mayPublish && (
          <li>
            <Button
              iconId="fr-icon-check-line"
              disabled={moderate.isPending}
              onClick={() =>
                moderate.mutate(
                  { id: resource.id, moderation: { action: "publish" } },
                  { onSuccess: () => setNews(`« ${resource.title} » est publiée dans la bibliothèque.`) },
                )
              }
            >
              Publier la ressource
            </Button>
          </li>
        )}
        {mayReject && (
          <li>
            <Button iconId="fr-icon-close-line" priority="secondary" nativeButtonProps={rejectModal.buttonProps}>
              Refuser la ressource
            </Button>
          </li>
        )}
        {mayWithdraw && (
          <li>
            <Button iconId="fr-icon-eye-off-line" priority="secondary" nativeButtonProps={withdrawModal.buttonProps}>
              Retirer de la bibliothèque
            </Button>
          </li>
        )}
        {resource.canEdit && (
          <li>
            <Button iconId="fr-icon-edit-line" priority="secondary" linkProps={{ to: paths.training.resourceEdit.getHref(resource.id) }}>
              Modifier la ressource
            </Button>
          </li>
        )}
        {mayDelete && (
          <li>
            <Button iconId="fr-icon-delete-line" priority="tertiary" nativeButtonProps={deleteModal.buttonProps}>
              Supprimer la proposition
            </Button>
          </li>
        )}
      </ul>
      {moderate.isError && <ProblemAlert error={moderate.error} title="La ressource n'a pas été publiée" />}
      <p role="status" aria-live="polite">
        {news}
      </p>
      <ModerationReasonModal modal={rejectModal} action="reject" resource={resource} onDone={setNews} />
      <ModerationReasonModal modal={withdrawModal} action="withdraw" resource={resource} onDone={setNews} />
      <deleteModal.Component
        title="Supprimer cette proposition ?"
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
                  navigate(paths.training.resourcesMine.getHref(), {
                    state: flashState(`La proposition « ${resource.title} » est supprimée.`, "success"),
                  });
                },
              }),
          },
        ]}
      >
        <p>« {resource.title} » disparaîtra de la file de relecture. Vous pourrez la proposer à nouveau.</p>
        {remove.isError && <ProblemAlert error={remove.error} title="La proposition n'a pas été supprimée" />}
      </deleteModal.Component>
    </section>
  );
}
