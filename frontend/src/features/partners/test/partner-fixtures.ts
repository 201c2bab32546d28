import type { PartnerClient, PartnerClientUsage } from "../../../lib/api/types";

export const CLIENT_ID = "5b0c7d1e-7f43-4d54-9a51-0d3b1f2a9c11";

export const agricultureIntranet: PartnerClient = {
  id: CLIENT_ID,
  name: "Intranet de l'Agriculture",
  contactEmail: "dsi-integration@agriculture.gouv.fr",
  organizationId: "org-insee",
  organizationName: "Institut national de la statistique",
  scopes: ["events:read", "resources:read"],
  rateLimitPerMinute: 120,
  ipAllowlist: [],
  expiresAt: null,
  revokedAt: null,
  status: "ACTIVE",
  createdAt: "2026-11-30T10:00:00Z",
  updatedAt: "2026-11-30T10:00:00Z",
};

export function usageOf(days: PartnerClientUsage["days"]): PartnerClientUsage {
  return {
    clientId: CLIENT_ID,
    days,
    calls: days.reduce((sum, day) => sum + day.calls, 0),
    errors: days.reduce((sum, day) => sum + day.errors, 0),
    throttled: days.reduce((sum, day) => sum + day.throttled, 0),
  };
}

export const ADMIN_SESSION = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-admin", roles: ["member", "admin"] };
