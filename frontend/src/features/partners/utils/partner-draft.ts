import type { PartnerClient, PartnerClientCreate } from "../../../lib/api/types";

/** The form's fields, as typed: text for the numbers, the allowlist and the date. */
export type PartnerDraft = {
  name: string;
  contactEmail: string;
  organizationId: string;
  scopes: string[];
  rateLimitPerMinute: string;
  /** One CIDR range per line; empty: any address. */
  ipAllowlist: string;
  /** YYYY-MM-DD, the last day the client works; empty: no end. */
  expiresOn: string;
};

export type DraftField = keyof PartnerDraft;
export const DRAFT_FIELDS: DraftField[] = [
  "name",
  "contactEmail",
  "organizationId",
  "scopes",
  "rateLimitPerMinute",
  "ipAllowlist",
  "expiresOn",
];

export const emptyDraft = (): PartnerDraft => ({
  name: "",
  contactEmail: "",
  organizationId: "",
  scopes: [],
  rateLimitPerMinute: "60",
  ipAllowlist: "",
  expiresOn: "",
});

/** "2027-06-30" read at the reader's place, from an instant. */
function localDate(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

export function draftOf(client: PartnerClient): PartnerDraft {
  return {
    name: client.name,
    contactEmail: client.contactEmail,
    organizationId: client.organizationId,
    scopes: [...client.scopes],
    rateLimitPerMinute: String(client.rateLimitPerMinute),
    ipAllowlist: client.ipAllowlist.join("\n"),
    expiresOn: client.expiresAt ? localDate(client.expiresAt) : "",
  };
}

/** The checks the form makes before asking the API (which checks everything again). */
export function draftErrors(draft: PartnerDraft): Partial<Record<DraftField, string>> {
  const errors: Partial<Record<DraftField, string>> = {};
  if (!draft.name.trim()) errors.name = "Indiquez le nom du client.";
  if (!draft.contactEmail.trim()) errors.contactEmail = "Indiquez l'adresse du contact technique.";
  if (!draft.organizationId) errors.organizationId = "Choisissez l'organisation.";
  if (draft.scopes.length === 0) errors.scopes = "Accordez au moins une portée.";
  const limit = Number(draft.rateLimitPerMinute);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    errors.rateLimitPerMinute = "La limite doit être comprise entre 1 et 100 000 appels par minute.";
  return errors;
}

/** The body the API takes: the client works until the end of its last day, at the reader's place. */
export function toRequest(draft: PartnerDraft): PartnerClientCreate {
  return {
    name: draft.name.trim(),
    contactEmail: draft.contactEmail.trim(),
    organizationId: draft.organizationId,
    scopes: draft.scopes,
    rateLimitPerMinute: Number(draft.rateLimitPerMinute),
    ipAllowlist: draft.ipAllowlist
      .split(/[\s,]+/)
      .map((range) => range.trim())
      .filter(Boolean),
    expiresAt: draft.expiresOn ? new Date(`${draft.expiresOn}T23:59:59`).toISOString() : undefined,
  };
}
