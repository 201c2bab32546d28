import { queryOptions, useMutation } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";
import { startSession } from "../../../lib/session/session-store";

/** The browser opens this address to sign in with ProConnect: the API sends it on to ProConnect. */
export const PROCONNECT_START_URL = "/api/v1/auth/proconnect/start";

export const proConnectKeys = {
  providers: ["auth-providers"] as const,
};

export async function getAuthProviders() {
  return unwrap(await apiClient.GET("/api/v1/auth/providers"));
}

export const proConnectQueries = {
  /** Whether sign-in with ProConnect is on: it changes only with the server's configuration. */
  providers: () =>
    queryOptions({
      queryKey: proConnectKeys.providers,
      queryFn: getAuthProviders,
      staleTime: Infinity,
      retry: false,
    }),
};

export type ProConnectLink = { token: string; password: string };

/** Links the ProConnect identity to the existing account, then opens the session as a login does. */
export async function confirmProConnectLink({ token, password }: ProConnectLink) {
  const session = unwrap(await apiClient.POST("/api/v1/auth/proconnect/link", { body: { token, password, useCookie: true } }));
  startSession(session);
  return session;
}

export function useConfirmProConnectLink() {
  return useMutation({ mutationFn: confirmProConnectLink });
}

/** Mails the account a link that joins the ProConnect identity to it, for the agent without its password. */
export async function sendProConnectLinkMail(token: string) {
  return unwrap(await apiClient.POST("/api/v1/auth/proconnect/link/mail", { body: { token } }));
}

export function useSendProConnectLinkMail() {
  return useMutation({ mutationFn: sendProConnectLinkMail });
}

/** Links the ProConnect identity with the mailed link's token, then opens the session as a login does. */
export async function confirmProConnectLinkByMail(token: string) {
  const session = unwrap(await apiClient.POST("/api/v1/auth/proconnect/link/mail/confirm", { body: { token, useCookie: true } }));
  startSession(session);
  return session;
}

export function useConfirmProConnectLinkByMail() {
  return useMutation({ mutationFn: confirmProConnectLinkByMail });
}

/** Why a sign-in with ProConnect failed, by the reason the API puts in the address (`/connexion?proconnect=…`). */
export const PROCONNECT_FAILURES: Record<string, string> = {
  "session-expiree":
    "La connexion avec ProConnect a expiré ou n'a pas été commencée depuis ce navigateur. Cliquez de nouveau sur « S'identifier avec ProConnect ».",
  annulee: "La connexion avec ProConnect a été annulée. Vous pouvez recommencer, ou vous connecter avec votre mot de passe.",
  "identite-invalide":
    "L'identité transmise par ProConnect n'a pas pu être vérifiée. Recommencez ; si le problème persiste, contactez l'équipe Spyrales.",
  "domaine-refuse":
    "Spyrales est réservé aux agents publics : l'adresse e-mail transmise par ProConnect n'appartient pas à une administration reconnue.",
  "compte-suspendu":
    "Votre compte Spyrales est suspendu par les administrateurs : vous ne pouvez pas vous connecter. Pour en connaître la raison ou demander sa réactivation, contactez les administrateurs de Spyrales.",
  indisponible: "ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.",
};

export function proConnectFailure(reason: string | null): string | null {
  if (reason === null) return null;
  return (
    PROCONNECT_FAILURES[reason] ?? "La connexion avec ProConnect n'a pas abouti. Recommencez, ou connectez-vous avec votre mot de passe."
  );
}
