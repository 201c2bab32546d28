import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

/**
 * Asks before leaving a form with unsaved changes: inside the application with a notice that takes the focus,
 * and the browser's own question when the tab closes or reloads.
 */
export function UnsavedChangesGuard({ when }: { when: () => boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && when());
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (when()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);

  useEffect(() => {
    if (blocker.state === "blocked") notice.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== "blocked") return null;
  return (
    <div ref={notice} tabIndex={-1} className="fr-mb-4w">
      <Alert
        as="h2"
        severity="warning"
        title="Quitter sans enregistrer ?"
        description={
          <>
            <p>Vos modifications seront perdues.</p>
            <ButtonsGroup
              inlineLayoutWhen="sm and up"
              buttonsSize="small"
              buttons={[
                { children: "Rester sur le formulaire", onClick: () => blocker.reset() },
                { children: "Quitter sans enregistrer", priority: "secondary", onClick: () => blocker.proceed() },
              ]}
            />
          </>
        }
      />
    </div>
  );
}
