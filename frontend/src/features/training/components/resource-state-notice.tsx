import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ResourceView } from "../../../lib/api/types";

/** Says plainly when a resource is not (or no longer) in the library, with the moderation's reason for those who may read it. */
export function ResourceStateNotice({ resource }: { resource: ResourceView }) {
  const reason = resource.moderationNote ? `Motif : ${resource.moderationNote}` : undefined;
  switch (resource.status) {
    case "WITHDRAWN":
      return (
        <Alert
          as="h2"
          severity="warning"
          className="fr-mb-4w"
          title="Cette ressource a été retirée de la bibliothèque"
          description={
            reason ?? "Elle n'apparaît plus dans la recherche ; sa page reste lisible pour les listes et les parcours qui la citent."
          }
        />
      );
    case "PROPOSED":
      return (
        <Alert
          as="h2"
          severity="info"
          className="fr-mb-4w"
          title="En attente de relecture"
          description="Un animateur la relira avant de la publier dans la bibliothèque. Seuls vous et les animateurs voyez cette page."
        />
      );
    case "REJECTED":
      return (
        <Alert
          as="h2"
          severity="error"
          className="fr-mb-4w"
          title="Cette proposition a été refusée"
          description={`${reason ?? ""} Vous pouvez la modifier : elle repartira en relecture.`.trim()}
        />
      );
    default:
      return null;
  }
}
