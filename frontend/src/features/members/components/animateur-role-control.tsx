import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { ProblemAlert } from "../../../components/problem-alert";
import { useSetAnimateurRole } from "../api/animateur-role";

const modal = createModal({ id: "animateur-role-modal", isOpenedByDefault: false });

type AnimateurRoleControlProps = { memberId: string; displayName: string; isAnimateur: boolean };

/**
 * For administrators: gives or takes back the animateur role of a member, after a confirmation that says what the role
 * allows. The DSFR modal takes the focus when it opens and gives it back to the button when it closes.
 */
export function AnimateurRoleControl({ memberId, displayName, isAnimateur }: AnimateurRoleControlProps) {
  const setRole = useSetAnimateurRole(memberId);
  useIsModalOpen(modal, { onConceal: () => setRole.isError && setRole.reset() });

  const change = () => setRole.mutate(!isAnimateur, { onSuccess: () => modal.close() });

  return (
    <section className="fr-mt-6w" aria-labelledby="administration-title">
      <h2 id="administration-title" className="fr-h4">
        Administration
      </h2>
      <p>{isAnimateur ? "Ce membre anime la communauté." : "Ce membre n'a pas le rôle d'animateur."}</p>
      {setRole.isSuccess && <Alert severity="success" small role="status" className="fr-mb-2w" description="Le rôle a été mis à jour." />}
      <Button priority={isAnimateur ? "secondary" : "primary"} nativeButtonProps={modal.buttonProps}>
        {isAnimateur ? "Retirer le rôle d'animateur" : "Donner le rôle d'animateur"}
      </Button>
      <modal.Component
        title={isAnimateur ? `Retirer le rôle d'animateur à ${displayName} ?` : `Donner le rôle d'animateur à ${displayName} ?`}
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: isAnimateur ? "Retirer le rôle" : "Donner le rôle",
            doClosesModal: false,
            disabled: setRole.isPending,
            onClick: change,
          },
        ]}
      >
        {isAnimateur ? (
          <p>
            {displayName} ne pourra plus lancer d'appariements, modérer les ressources, organiser des événements ni traiter les
            signalements. Ses propres mentorats, projets et contributions restent inchangés.
          </p>
        ) : (
          <p>
            {displayName} pourra lancer des appariements qui envoient des demandes de mentorat, modérer les ressources proposées, organiser
            des événements et lire les signalements des binômes. Donnez ce rôle aux personnes chargées d'animer la communauté.
          </p>
        )}
        {setRole.isError && <ProblemAlert error={setRole.error} title="Le rôle n'a pas été modifié" />}
      </modal.Component>
    </section>
  );
}
