import { useEffect } from "react";

const SITE_NAME = "Spyrales";

/** Sets the tab title to "<page> — Spyrales", the first thing a screen reader announces after a navigation. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} — ${SITE_NAME}`;
  }, [pageTitle]);
}
