import { Notice } from "@codegouvfr/react-dsfr/Notice";

/** Tells a supervisor why the page shows so little of the pairing. */
export function SupervisionNotice() {
  return (
    <Notice
      className="fr-mb-4w"
      title="Le contenu d'un binôme est privé."
      description={
        <>
          Vous voyez l'état du mentorat, ses dates, l'avancement de ses objectifs et l'historique de ses changements. Le message de la
          demande, les objectifs, leurs commentaires, les séances et les avis ne sont lus que par les deux personnes du binôme. Si l'une
          d'elles signale un problème, son signalement apparaît ci-dessous.
        </>
      }
    />
  );
}
