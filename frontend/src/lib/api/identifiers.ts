const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be an identifier of the API (all are UUIDs), e.g. the `:id` of an address. */
export function isIdentifier(candidate: string): boolean {
  return UUID.test(candidate);
}
