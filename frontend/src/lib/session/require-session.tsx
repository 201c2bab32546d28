import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LoadingMessage } from "../../components/loading-message";
import { paths } from "../../config/paths";
import { useSession } from "./use-session";

type ReturnLocationState = { from: string };

/** The page a person asked for before being sent to the login page, if any. */
export function returnPathFrom(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("from" in state)) return null;
  const { from } = state;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : null;
}

/** What a signed-out person was trying to reach, by the start of its address, in the words of « Connectez-vous pour accéder à … ». */
const PROTECTED_PAGE_NAMES: [prefix: string, name: string][] = [
  ["/profil", "votre profil"],
  ["/annuaire", "l'annuaire des membres"],
  ["/membres/", "la page de ce membre"],
  ["/trouver-un-mentor", "la recherche d'un mentor"],
  ["/mentorats", "vos mentorats"],
  ["/projets", "les projets"],
  ["/ressources", "la bibliothèque de ressources"],
  ["/parcours", "les parcours de formation"],
  ["/evenements", "les événements"],
  ["/piscine", "La Piscine"],
  ["/notifications", "vos notifications"],
  ["/animation", "l'espace des animateurs"],
  ["/admin", "l'administration"],
];

/** The name of the page a person asked for, for the login page: « Connectez-vous pour accéder à l'annuaire des membres ». */
export function protectedPageName(path: string): string {
  const pathname = path.split(/[?#]/)[0];
  const found = PROTECTED_PAGE_NAMES.find(
    ([prefix]) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`),
  );
  return found ? found[1] : "cette page";
}

/** Shows its children to a signed-in person; sends anyone else to the login page, remembering where they wanted to go. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.status === "restoring") return <LoadingMessage>Vérification de votre session…</LoadingMessage>;
  if (session.status === "anonymous") {
    const state: ReturnLocationState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.auth.login.getHref()} replace state={state} />;
  }
  return children;
}
