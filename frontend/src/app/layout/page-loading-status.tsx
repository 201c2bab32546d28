import { useEffect, useState } from "react";
import { useNavigation } from "react-router";

/** A page that arrives sooner needs no message: it would only flash. */
const SHOW_AFTER_MS = 300;

/**
 * Each page is downloaded on its first visit; on a slow connection that takes a moment, during which the page left
 * stays in place. This says, on screen and to screen readers (a polite live region, present before it speaks), that
 * the next page is coming.
 */
export function PageLoadingStatus() {
  const loading = useNavigation().state === "loading";
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (!loading) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [loading]);

  return (
    <div role="status">
      {loading && shown && (
        <p className="fr-mt-4w fr-mb-0">
          <span className="fr-icon-refresh-line fr-icon--sm fr-mr-1w" aria-hidden="true" />
          Chargement de la page…
        </p>
      )}
    </div>
  );
}
