import { useMyProfile } from "../../../../lib/my-profile";
import { isAnimateurOrAdmin, useSession } from "../../../../lib/session/use-session";

/** Paths are written by animateurs and by members who can mentor (the server decides; this only spares a refused form). */
export function useCanWritePaths(): boolean {
  const session = useSession();
  const profile = useMyProfile();
  return isAnimateurOrAdmin(session) || profile.data?.canMentor === true;
}
