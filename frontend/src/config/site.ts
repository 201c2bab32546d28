/**
 * Who publishes the service and how to reach them: what the legal pages, the personal-data page and the accessibility
 * statement name. To be confirmed by the service's owner before opening to the public (see the README's production
 * checklist): the address below is the one the team answers.
 */
export const SITE = {
  name: "Spyrales",
  contactEmail: "contact@spyrales.fr",
  /** Life of a session in the browser (`spyrales.auth.tokens.refresh-token-days`). */
  sessionDays: 30,
} as const;
