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
