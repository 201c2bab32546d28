import type { ReactNode } from "react";

/** The narrow centred column DSFR recommends for forms and short messages. */
export function CenteredColumn({ children }: { children: ReactNode }) {
  return (
    <div className="fr-grid-row fr-grid-row--center fr-py-6w">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-7">{children}</div>
    </div>
  );
}
