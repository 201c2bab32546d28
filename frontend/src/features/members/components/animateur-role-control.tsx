import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ProblemAlert } from "../../../components/problem-alert";
import { useSetAnimateurRole } from "../api/animateur-role";

/** For administrators: gives or takes back the animateur role of a member. */
export function AnimateurRoleControl({ memberId, isAnimateur }: { memberId: string; isAnimateur: boolean }) {
  const setRole = useSetAnimateurRole(memberId);
  return (
    <section className="fr-mt-6w" aria-labelledby="administration-title">
      <h2 id="administration-title" className="fr-h4">
        Administration
      </h2>
      <p>{isAnimateur ? "Ce membre anime la communauté." : "Ce membre n'a pas le rôle d'animateur."}</p>
      {setRole.isError && <ProblemAlert error={setRole.error} title="Le rôle n'a pas été modifié" />}
      {setRole.isSuccess && <Alert severity="success" small role="status" className="fr-mb-2w" description="Le rôle a été mis à jour." />}
      <Button priority={isAnimateur ? "secondary" : "primary"} disabled={setRole.isPending} onClick={() => setRole.mutate(!isAnimateur)}>
        {isAnimateur ? "Retirer le rôle d'animateur" : "Donner le rôle d'animateur"}
      </Button>
    </section>
  );
}
