import type { ReactNode } from "react";

/** A polite, announced waiting message. */
export function LoadingMessage({ children = "Chargement…" }: { children?: ReactNode }) {
  return (
    <p role="status" className="fr-py-4w">
      {children}
    </p>
  );
}
