import type { PartnerClient, PartnerClientChange } from "../../../lib/api/types";

/** The scopes a client may be granted, in the contract's order, with what each opens (as the partners' guide says). */
export const SCOPES: { scope: string; description: string }[] = [
  { scope: "members:read", description: "Lire l'annuaire : les champs publics des profils visibles par la communauté" },
  {
    scope: "mentorships:read",
    description: "Lire les binômes de mentorat des agents de son organisation et leurs chiffres (sans objectifs ni commentaires)",
  },
  { scope: "events:read", description: "Lire les événements et leurs calendriers" },
  { scope: "resources:read", description: "Lire la bibliothèque de ressources et les parcours d'apprentissage" },
  { scope: "resources:write", description: "Proposer des ressources (modérées comme toute proposition)" },
  { scope: "projects:read", description: "Lire les projets" },
  { scope: "stats:read", description: "Lire les statistiques de la communauté" },
];

export const STATUS_LABELS: Record<PartnerClient["status"], string> = {
  ACTIVE: "Actif",
  EXPIRED: "Expiré",
  REVOKED: "Révoqué",
};

export const STATUS_SEVERITIES: Record<PartnerClient["status"], "success" | "warning" | "error"> = {
  ACTIVE: "success",
  EXPIRED: "warning",
  REVOKED: "error",
};

export const CHANGE_LABELS: Record<PartnerClientChange["kind"], string> = {
  CREATED: "Client enregistré",
  UPDATED: "Client modifié",
  SECRET_ROTATED: "Secret renouvelé",
  REVOKED: "Client révoqué",
};

const FIELD_LABELS: Record<string, string> = {
  name: "nom",
  contactEmail: "contact",
  organizationId: "organisation",
  scopes: "portées",
  rateLimitPerMinute: "limite d'appels",
  ipAllowlist: "adresses IP autorisées",
  expiresAt: "fin de validité",
};

/** "nom, portées": the changed fields of an update, in French. */
export function changedFieldsLabel(fields: readonly string[]): string {
  return fields.map((field) => FIELD_LABELS[field] ?? field).join(", ");
}

/** "120 appels par minute" */
export function rateLimitLabel(perMinute: number): string {
  return `${perMinute.toLocaleString("fr-FR")} appel${perMinute > 1 ? "s" : ""} par minute`;
}
