import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef } from "react";

/** What a change did; `takeFocus` when the control that made it is gone (a deleted item). */
export type Notice = { message: string; takeFocus: boolean };

/** Says in a status message what a change of the list did, and may take the focus, so that it is not lost. */
export function ChangeNotice({ notice }: { notice: Notice | null }) {
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice?.takeFocus) region.current?.focus();
  }, [notice]);

  return (
    <div ref={region} tabIndex={-1}>
      {notice && <Alert severity="success" small role="status" className="fr-mb-3w" description={notice.message} />}
    </div>
  );
}
