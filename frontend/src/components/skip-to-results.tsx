/**
 * On a phone a search page's filters come before its results and fill several screens: this link, hidden from the
 * medium breakpoint up, goes straight to the results' heading (focusable, so the focus follows).
 */
export function SkipToResults({ targetId }: { targetId: string }) {
  return (
    <p className="fr-hidden-md">
      <a className="fr-link fr-icon-arrow-down-line fr-link--icon-right" href={`#${targetId}`}>
        Aller aux résultats
      </a>
    </p>
  );
}
