import { useSearchParams } from "react-router";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { formatDate } from "../../../utils/format-date";
import { RATINGS_PAGE_SIZE } from "../api/resources-queries";
import { useResourceRatings } from "../api/use-resources";
import { Stars } from "./star-rating";

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The members' ratings, newest first, page by page (`?avis=2` in the address). */
export function ResourceRatings({ resourceId }: { resourceId: string }) {
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get("avis"));
  const ratings = useResourceRatings(resourceId, page);

  return (
    <section aria-labelledby="ratings-heading" className="fr-mb-6w">
      <h2 id="ratings-heading">Avis des membres</h2>
      {ratings.isPending && <LoadingMessage>Chargement des avis…</LoadingMessage>}
      {ratings.isError && <ProblemAlert error={ratings.error} title="Les avis n'ont pas pu être chargés" />}
      {ratings.data && ratings.data.items.length === 0 && <p>Pas encore d'avis. Vous l'avez suivie ? Donnez le premier !</p>}
      {ratings.data && ratings.data.items.length > 0 && (
        <ul className="fr-raw-list">
          {ratings.data.items.map((rating) => (
            <li key={rating.memberId} className="fr-mb-3w">
              <p className="fr-mb-1v">
                <Stars stars={rating.stars} /> — <strong>{rating.mine ? `${rating.displayName} (vous)` : rating.displayName}</strong>,{" "}
                <span className="fr-text--sm">le {formatDate(rating.ratedAt)}</span>
              </p>
              {rating.comment && <p className="fr-mb-0">{rating.comment}</p>}
            </li>
          ))}
        </ul>
      )}
      {ratings.data && (
        <ListPagination
          result={ratings.data}
          pageSize={RATINGS_PAGE_SIZE}
          page={page}
          getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?avis=${target}` : "" } })}
        />
      )}
    </section>
  );
}
