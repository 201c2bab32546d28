// The contract used by an outsider: docs/partner-client generates a Java client from openapi.yaml with
// openapi-generator, compiles it, and its PartnerClientDemo gets a token (client credentials) and reads the events and
// the library of this server, through the generated classes only. Then the rate limit of a partner client is shared
// by two instances of the app on the same database: part of it spent on one, the rest on the other, which answers
// 429 with Retry-After. Everything is made for this run through the API (an admin, an event, a resource proposed by a
// member and published by the admin, the partner clients).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, test } from "node:test";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const EVENT_TITLE = `Webinaire partenaires ${suffix}`;
const RESOURCE_TITLE = `Guide partenaires ${suffix}`;
const POM = new URL("../../docs/partner-client/pom.xml", import.meta.url).pathname;

let server;
let api;
let admin;
let organizationId;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 10);
  api = apiOf(server);
  admin = await api.createAdmin();
  organizationId = (await api.call("GET", "/api/v1/organizations?size=1", admin)).items[0].id;

  const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
  await api.call("POST", "/api/v1/events", admin, {
    title: EVENT_TITLE,
    type: "WEBINAR",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
    language: "PYTHON",
    onlineUrl: `https://webinaire.numerique.gouv.fr/partenaires-${suffix}`,
  });
  // A member proposes the resource; the administrator, another person, publishes it.
  const author = person("Camille", "Durand", suffix, { jobTitle: "Chargée d'études" });
  await api.createMember(author);
  const resource = await api.call("POST", "/api/v1/resources", await api.login(author), {
    title: RESOURCE_TITLE,
    url: `https://example.org/guide-${suffix}`,
    type: "TUTORIAL",
    programmingLanguage: "PYTHON",
    level: "BEGINNER",
    topics: ["python"],
    contentLanguage: "FR",
    free: true,
  });
  await api.call("POST", `/api/v1/resources/${resource.id}/publish`, admin);
});

after(async () => {
  await server?.stop();
});

/** Registers a partner client as this server's administrator; returns its id and secret. */
async function createClient(name, scopes, rateLimitPerMinute) {
  const { clientId, clientSecret } = await api.call("POST", "/api/v1/partner-clients", admin, {
    name: `${name} ${suffix}`,
    contactEmail: `dsi-${suffix}@agriculture.gouv.fr`,
    organizationId,
    scopes,
    rateLimitPerMinute,
  });
  return { clientId, clientSecret };
}

/** Runs a command; resolves with its exit code and what it printed. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

test("a Java client generated from openapi.yaml gets a token and reads the events and the library", { timeout: 15 * 60_000 }, async () => {
  const { clientId, clientSecret } = await createClient("Intranet généré", ["events:read", "resources:read"], 600);

  const result = await run("mvn", ["-B", "-q", "-f", POM, "compile", "exec:java", `-Dexec.args=${suffix}`], {
    // Maven's JVM lives a few seconds here: the quick compiler alone spends a third of the CPU (36 → 11 s measured).
    MAVEN_OPTS: process.env.MAVEN_OPTS ?? "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
    SPYRALES_BASE_URL: server.baseUrl,
    SPYRALES_CLIENT_ID: clientId,
    SPYRALES_CLIENT_SECRET: clientSecret,
  });

  assert.equal(result.code, 0, `the generated client failed:\n${result.stdout}\n${result.stderr}`);
  assert.match(result.stdout, /token: Bearer, \d+ s, scopes events:read resources:read/);
  assert.match(result.stdout, new RegExp(`event: ${EVENT_TITLE} \\(`));
  assert.match(result.stdout, new RegExp(`resource: ${RESOURCE_TITLE}`));
  assert.match(result.stdout, /events=1 resources=1/);
});

test("two instances on one database share a client's rate limit: the second answers 429 with Retry-After", async () => {
  const { clientId, clientSecret } = await createClient("Tableau de bord limité", ["events:read"], 3);
  // A second instance of the app: same database, same signing keys.
  const other = await startServer(basePort + 12, { sameAppAs: server });
  try {
    const tokenAnswer = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
    });
    assert.equal(tokenAnswer.status, 200, await tokenAnswer.clone().text());
    const { access_token: token } = await tokenAnswer.json();
    const callEvents = (instance) => fetch(`${instance.baseUrl}/api/v1/events?size=1`, { headers: { Authorization: `Bearer ${token}` } });

    const first = await callEvents(server);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get("RateLimit-Limit"), "3");
    assert.equal(first.headers.get("RateLimit-Remaining"), "2");
    assert.match(first.headers.get("RateLimit-Reset") ?? "", /^\d+$/);

    const second = await callEvents(other);
    assert.equal(second.status, 200, "the other instance accepts the token signed by the first");
    assert.equal(second.headers.get("RateLimit-Remaining"), "1");
    const third = await callEvents(other);
    assert.equal(third.status, 200);
    assert.equal(third.headers.get("RateLimit-Remaining"), "0");

    const refused = await callEvents(other);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("Retry-After")) >= 1, `Retry-After: ${refused.headers.get("Retry-After")}`);
    assert.equal(refused.headers.get("RateLimit-Remaining"), "0");
    assert.match(refused.headers.get("Content-Type") ?? "", /application\/problem\+json/);
    assert.match((await refused.json()).detail, /Limite de 3 appels par minute atteinte/);

    // The first instance sees the same spent limit.
    assert.equal((await callEvents(server)).status, 429);
  } finally {
    await other.stop();
  }
});
