import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Link, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { DatasetFacts } from "../../../components/open-data/dataset-facts";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { DatasetPending, DatasetReviewItem } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";
import { REVIEWS_PAGE_SIZE } from "../api/datasets-queries";
import { useDatasetReviews, useRecheckDataset } from "../api/review-dataset";
import { ReviewDecisionModal, type Decision } from "../components/review-decision-modal";

const confirmModal = createModal({ id: "dataset-confirm-modal", isOpenedByDefault: false });
const refuseModal = createModal({ id: "dataset-refuse-modal", isOpenedByDefault: false });

const TITLE = "Jeux de données à vérifier";

const PENDING_LABELS: Record<DatasetPending, string> = {
  UNREACHABLE: "data.gouv.fr n'a pas répondu : une nouvelle vérification se fera automatiquement, ou lancez-la.",
  LICENCE: "Licence rédigée par le producteur : lisez-la pour dire si elle est ouverte.",
  OUTSIDE: "Publié hors de data.gouv.fr : vérifiez la page et la licence.",
};

function countLabel(total: number): string {
  if (total === 0) return "Aucun jeu de données à vérifier";
  return total === 1 ? "1 jeu de données à vérifier" : `${total} jeux de données à vérifier`;
}

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function ReviewQueue() {
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get("page"));
  const reviews = useDatasetReviews(page);
  const recheck = useRecheckDataset();
  const [item, setItem] = useState<DatasetReviewItem | null>(null);
  const [news, setNews] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  const open = (target: DatasetReviewItem, decision: Decision) => {
    flushSync(() => setItem(target));
    (decision === "CONFIRM" ? confirmModal : refuseModal).open();
  };

  const done = (text: string) => {
    setNews(text);
    heading.current?.focus();
  };

  if (reviews.isPending) return <LoadingMessage>Chargement de la file…</LoadingMessage>;
  if (reviews.isError) return <ProblemAlert error={reviews.error} title="La file n'a pas pu être chargée" />;

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="fr-h4">
        {countLabel(reviews.data.total)}
      </h2>
      <p role="status" aria-live="polite">
        {news}
      </p>
      {recheck.isError && <ProblemAlert error={recheck.error} title="La nouvelle vérification n'a pas abouti" />}
      {reviews.data.items.length === 0 ? (
        <p>Tous les jeux de données déclarés sont vérifiés. Merci !</p>
      ) : (
        <ul className="fr-raw-list">
          {reviews.data.items.map((entry) => (
            <li key={entry.dataset.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
              <DatasetFacts facts={entry.dataset} state={entry.dataset.state} />
              {entry.dataset.pending && <p className="fr-text--sm fr-mb-1w">{PENDING_LABELS[entry.dataset.pending]}</p>}
              <p className="fr-text--sm fr-mb-1w">Déclaré le {formatDateTime(entry.declaredAt)}, par :</p>
              <ul className="fr-text--sm">
                {entry.usedBy.map((user) => (
                  <li key={`${user.kind}-${user.ownerId}`}>
                    {user.kind === "PROJECT" ? (
                      <>
                        le projet <Link to={paths.projects.project.getHref(user.ownerId)}>{user.ownerTitle}</Link>
                      </>
                    ) : (
                      <>le défi « {user.ownerTitle} »</>
                    )}
                  </li>
                ))}
              </ul>
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
                <li>
                  <Button iconId="fr-icon-check-line" onClick={() => open(entry, "CONFIRM")}>
                    Confirmer <span className="fr-sr-only">{entry.dataset.title}</span>
                  </Button>
                </li>
                <li>
                  <Button priority="secondary" iconId="fr-icon-close-line" onClick={() => open(entry, "REFUSE")}>
                    Refuser <span className="fr-sr-only">{entry.dataset.title}</span>
                  </Button>
                </li>
                {entry.dataset.pending !== "OUTSIDE" && (
                  <li>
                    <Button
                      priority="tertiary"
                      iconId="fr-icon-refresh-line"
                      disabled={recheck.isPending}
                      onClick={() =>
                        recheck.mutate(entry.dataset.id, {
                          onSuccess: (checked) =>
                            done(`Nouvelle vérification de « ${checked.title ?? "ce jeu de données"} » : ${checked.reason}`),
                        })
                      }
                    >
                      Vérifier à nouveau sur data.gouv.fr <span className="fr-sr-only">{entry.dataset.title}</span>
                    </Button>
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <ListPagination
        result={reviews.data}
        pageSize={REVIEWS_PAGE_SIZE}
        page={page}
        className="fr-mt-4w"
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
      <ReviewDecisionModal modal={confirmModal} item={item} decision="CONFIRM" onDone={done} />
      <ReviewDecisionModal modal={refuseModal} item={item} decision="REFUSE" onDone={done} />
    </>
  );
}

/** The animateurs' queue: the datasets « à vérifier », where they are declared; confirm, refuse with a note, or check again. */
export function DatasetReviewsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <DatasetReviews />
    </AnimateurOnly>
  );
}

function DatasetReviews() {
  useDocumentTitle(TITLE);
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Les jeux de données dont la licence doit être lue par une personne, publiés hors de data.gouv.fr, ou que data.gouv.fr n'a pas pu
        confirmer.
      </p>
      <ReviewQueue />
    </div>
  );
}
