import { ratingLabel } from "../utils/resource-labels";

type StarRatingProps = { average?: number | null; count: number };

/** The average as five stars, read out as words: « Note moyenne : 4,3 sur 5 (12 avis) ». */
export function StarRating({ average, count }: StarRatingProps) {
  const label = ratingLabel(average, count);
  if (count === 0 || average === null || average === undefined) return <span className="fr-text--sm">{label}</span>;
  const full = Math.round(average);
  return (
    <span className="fr-text--sm">
      <span aria-hidden="true">{"★".repeat(full) + "☆".repeat(5 - full)} </span>
      <span className="fr-sr-only">Note moyenne : </span>
      {label}
    </span>
  );
}

/** One member's stars: « ★★★★☆ », read out as « 4 étoiles sur 5 ». */
export function Stars({ stars }: { stars: number }) {
  return (
    <>
      <span aria-hidden="true">{"★".repeat(stars) + "☆".repeat(5 - stars)}</span>
      <span className="fr-sr-only">{stars > 1 ? `${stars} étoiles sur 5` : "1 étoile sur 5"}</span>
    </>
  );
}
