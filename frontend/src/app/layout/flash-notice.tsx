import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useFlashMessage } from "../../lib/flash-message";

/** Shows the one-time message a page left for this one (see lib/flash-message). */
export function FlashNotice() {
  const flash = useFlashMessage();
  if (!flash) return null;
  return <Alert severity={flash.severity} small closable role="status" className="fr-mt-4w" description={flash.message} />;
}
