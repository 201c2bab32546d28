// The people a browser test needs, made through the API of its own server: each file creates its own,
// with names no other file or run uses, so that no file depends on what another left in the shared database.

/** A suffix of this run, for names and addresses nobody else uses. */
export const runSuffix = () => Math.random().toString(36).slice(2, 8);

/** Someone with a name of their own: `lastName-suffix`, and an address made from it. */
export function person(firstName, lastName, suffix, profile = {}) {
  return {
    firstName,
    lastName: `${lastName}-${suffix}`,
    name: `${firstName} ${lastName}-${suffix}`,
    // "Le Bihan" → "le-bihan": ASCII, lower case, hyphens for spaces.
    email: `${firstName}.${lastName}.${suffix}@dgfip.finances.gouv.fr`
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/ /g, "-")
      .toLowerCase(),
    password: `mot-de-passe-de-${suffix}`,
    profile,
  };
}

/** The API of a server started by server.mjs. */
export function apiOf(server) {
  async function call(method, path, token, body) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  }

  async function login({ email, password }) {
    const { accessToken } = await call("POST", "/api/v1/auth/login", null, { email, password });
    return accessToken;
  }

  /** Registers, confirms the address with the mailed link, fills in the profile; returns the member's id. */
  async function createMember({ firstName, lastName, email, password, profile }) {
    await call("POST", "/api/v1/auth/register", null, { firstName, lastName, email, password });
    const token = new URL(await server.lastMailedLink(email, "/verification")).searchParams.get("token");
    await call("POST", "/api/v1/auth/verify", null, { token });
    const me = await call("PATCH", "/api/v1/me", await login({ email, password }), profile);
    return me.id;
  }

  /** The administrator of this server start (its address is the only one configured); returns a token. */
  async function createAdmin() {
    const admin = { ...person("Admin", "E2E", runSuffix()), email: server.adminEmail };
    await createMember(admin);
    return login(admin);
  }

  return { call, login, createMember, createAdmin };
}
