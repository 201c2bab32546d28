import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { DatasetCheckField } from "../../../components/open-data/dataset-check-field";
import { DatasetFacts } from "../../../components/open-data/dataset-facts";
import { ProblemAlert } from "../../../components/problem-alert";
import type { Dataset, Project } from "../../../lib/api/types";
import { useAddProjectDataset, useRemoveProjectDataset } from "../api/project-datasets";

const removeModal = createModal({ id: "project-dataset-remove-modal", isOpenedByDefault: false });

function toReviewLabel(count: number): string {
  return count === 1
    ? "Un jeu de données de ce projet est encore « à vérifier »"
    : `${count} jeux de données de ce projet sont encore « à vérifier »`;
}

/**
 * The datasets the project declares, with licence, producer and check state said plainly; a lead adds one after
 * checking it, and removes one after a confirmation.
 */
export function ProjectDatasets({ project }: { project: Project }) {
  const isLead = project.myRole === "LEAD";
  const datasets = project.datasets;
  const toReview = datasets.filter((dataset) => dataset.state === "TO_REVIEW").length;
  const add = useAddProjectDataset(project.id);
  const remove = useRemoveProjectDataset(project.id);
  const [additions, setAdditions] = useState(0);
  const [removed, setRemoved] = useState<Dataset | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  useIsModalOpen(removeModal, {
    onConceal: () => {
      remove.reset();
      heading.current?.focus();
    },
  });

  const openRemoval = (dataset: Dataset) => {
    flushSync(() => setRemoved(dataset));
    removeModal.open();
  };

  return (
    <section aria-labelledby="project-datasets-heading" className="fr-mb-6w">
      <h2 id="project-datasets-heading" ref={heading} tabIndex={-1}>
        Jeux de données
      </h2>
      <p role="status" aria-live="polite" className="fr-sr-only">
        {news}
      </p>
      {toReview > 0 && (
        <Alert
          severity="warning"
          small
          className="fr-mb-3w"
          description={`${toReviewLabel(toReview)} : un·e animateur·rice doit confirmer qu'il s'agit bien de données ouvertes.`}
        />
      )}
      {datasets.length === 0 ? (
        <p>Aucun jeu de données déclaré pour l'instant.</p>
      ) : (
        <ul className="fr-raw-list">
          {datasets.map((dataset) => (
            <li key={dataset.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-2w">
              <DatasetFacts facts={dataset} state={dataset.state} />
              {dataset.reviewNote && <p className="fr-text--sm fr-mb-1w">Note de l'animation : {dataset.reviewNote}</p>}
              {isLead && (
                <Button size="small" priority="tertiary" iconId="fr-icon-delete-line" onClick={() => openRemoval(dataset)}>
                  Retirer <span className="fr-sr-only">{dataset.title ?? "ce jeu de données"}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isLead && (
        <>
          <DatasetCheckField
            key={additions}
            addLabel="Ajouter au projet"
            isAdding={add.isPending}
            addError={add.error}
            onAdd={(input, result) =>
              add.mutate(input, {
                onSuccess: () => {
                  setAdditions((count) => count + 1);
                  setNews(`${result.title ?? "Le jeu de données"} est ajouté au projet.`);
                  add.reset();
                },
              })
            }
          />
          <removeModal.Component
            title={`Retirer « ${removed?.title ?? "ce jeu de données"} » ?`}
            titleAs="h2"
            buttons={[
              { children: "Annuler", priority: "secondary" },
              {
                children: "Retirer du projet",
                doClosesModal: false,
                disabled: remove.isPending || removed === null,
                onClick: () =>
                  removed &&
                  remove.mutate(removed.id, {
                    onSuccess: () => {
                      setNews(`${removed.title ?? "Le jeu de données"} est retiré du projet.`);
                      removeModal.close();
                    },
                  }),
              },
            ]}
          >
            <p>Le projet ne déclarera plus ce jeu de données. Vous pourrez le déclarer à nouveau.</p>
            {remove.isError && <ProblemAlert error={remove.error} title="Le jeu de données n'a pas été retiré" />}
          </removeModal.Component>
        </>
      )}
    </section>
  );
}
