// ProConnect as the browser tests see it: a tiny local OpenID Connect provider with the endpoints the app uses
// (discovery, authorize, token, signed user info, keys, end of session). Its authorize page signs the agent in at
// once, as the agent given at start, and sends the browser back with a code; the id token carries the nonce the
// app sent. JWTs are signed RS256 with a key made at start. The browser tests never reach the internet.
import { createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer } from "node:http";

const KEY_ID = "proconnect-e2e";
const base64url = (value) => Buffer.from(value).toString("base64url");

export async function startProConnectStub({ agent, clientId = "spyrales-e2e", clientSecret = "secret-e2e" }) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: KEY_ID, alg: "RS256", use: "sig" };
  /** code → the nonce of its sign-in; access token → the agent. */
  const codes = new Map();
  const accessTokens = new Set();
  const loggedOut = [];
  let issuer;

  const sign = (claims) => {
    const header = base64url(JSON.stringify({ alg: "RS256", kid: KEY_ID, typ: "JWT" }));
    const payload = base64url(JSON.stringify(claims));
    const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(privateKey).toString("base64url");
    return `${header}.${payload}.${signature}`;
  };
  const now = () => Math.floor(Date.now() / 1000);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, issuer);
    const json = (status, body) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const path = url.pathname.replace(/^\/api\/v2/, "");
    if (request.method === "GET" && path === "/.well-known/openid-configuration") {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/session/end`,
        id_token_signing_alg_values_supported: ["RS256"],
        userinfo_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["client_secret_post"],
      });
    }
    if (request.method === "GET" && path === "/jwks") return json(200, { keys: [jwk] });
    if (request.method === "GET" && path === "/authorize") {
      const params = url.searchParams;
      const expected = new Set(["response_type", "client_id", "redirect_uri", "scope", "state", "nonce"]);
      const unknown = [...params.keys()].filter((name) => !expected.has(name));
      if (params.get("client_id") !== clientId || unknown.length > 0 || !params.get("nonce") || !params.get("state")) {
        return json(400, { error: "invalid_request", unknown });
      }
      const code = randomUUID();
      codes.set(code, params.get("nonce"));
      const back = new URL(params.get("redirect_uri"));
      back.searchParams.set("code", code);
      back.searchParams.set("state", params.get("state"));
      response.writeHead(302, { Location: back.toString() });
      return response.end();
    }
    if (request.method === "POST" && path === "/token") {
      let body = "";
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      const nonce = codes.get(form.get("code"));
      if (form.get("client_secret") !== clientSecret || form.get("client_id") !== clientId || nonce === undefined) {
        return json(400, { error: "invalid_grant" });
      }
      codes.delete(form.get("code"));
      const accessToken = randomUUID();
      accessTokens.add(accessToken);
      const idToken = sign({ iss: issuer, aud: clientId, sub: agent.sub, nonce, iat: now(), exp: now() + 60, acr: "eidas1" });
      return json(200, { access_token: accessToken, token_type: "Bearer", expires_in: 60, id_token: idToken });
    }
    if (request.method === "GET" && path === "/userinfo") {
      const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
      if (!accessTokens.has(token)) return json(401, { error: "invalid_token" });
      response.writeHead(200, { "Content-Type": "application/jwt" });
      return response.end(
        sign({ iss: issuer, aud: clientId, iat: now(), exp: now() + 60, uid: `uid-${agent.sub}`, idp_id: "fia1v2", ...agent }),
      );
    }
    if (request.method === "GET" && path === "/session/end") {
      loggedOut.push(Object.fromEntries(url.searchParams));
      response.writeHead(302, { Location: url.searchParams.get("post_logout_redirect_uri") });
      return response.end();
    }
    return json(404, { error: "not_found" });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${server.address().port}/api/v2`;
  return {
    issuer,
    clientId,
    clientSecret,
    /** The query of each logout ProConnect was asked for (id_token_hint, state, post_logout_redirect_uri). */
    loggedOut,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
