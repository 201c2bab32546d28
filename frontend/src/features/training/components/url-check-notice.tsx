import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import type { ResourceUrlCheck } from "../../../lib/api/types";

type UrlCheckNoticeProps = {
  check: ResourceUrlCheck;
  /** The resource being edited: finding itself is no duplicate. */
  ownId?: string;
};

/** Says at once that the address is already in the library, with a link to it when the reader may see it. */
export function UrlCheckNotice({ check, ownId }: UrlCheckNoticeProps) {
  const existing = check.existing;
  if ((existing && existing.id === ownId) || !(existing || check.alreadyProposed)) return null;
  return (
    <Alert
      severity="warning"
      small
      className="fr-mb-3w"
      description={
        existing ? (
          <>
            Cette ressource est déjà dans la bibliothèque :{" "}
            <Link to={paths.training.resource.getHref(existing.id)}>« {existing.title} »</Link>. Donnez-lui plutôt votre avis, ou ajoutez-la
            à votre liste.
          </>
        ) : (
          "Cette ressource est déjà proposée et en cours de relecture."
        )
      }
    />
  );
}
