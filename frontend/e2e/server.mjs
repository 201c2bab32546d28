// Starts the packaged Spyrales app (API + built front end) for the browser tests,
// with its own database, and reads the mails it "sends" from its log (mock mailer).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The port of the first server; each test file that needs its own server takes the next ones (`E2E_PORT + 1`…). */
export const basePort = Number(process.env.E2E_PORT ?? 8181);
const jar = process.env.E2E_JAR ?? "../backend/target/quarkus-app/quarkus-run.jar";
/** The longest wait for a start (loading the demo community); a loaded machine may need more (E2E_READY_SECONDS). */
const READY_WITHIN_SECONDS = Number(process.env.E2E_READY_SECONDS ?? 120);

/**
 * The classes of a whole start (migrations, demo community, first requests), archived by the template's start
 * (`-XX:ArchiveClassesAtExit`, AppCDS): every later start maps them instead of loading and verifying them again, a
 * third less time to ready here. The JVM checks that the archive matches the jar, and ignores it when it does not.
 */
const classArchive = path.join(path.dirname(jar), "e2e-classes.jsa");

export const urlOf = (port) => `http://localhost:${port}`;
export const baseUrl = urlOf(basePort);

/** The database named by the run (E2E_DB_URL): each server gets a database of its own beside it (see databaseFor). */
const runDatabaseUrl = process.env.E2E_DB_URL ?? "jdbc:postgresql://127.0.0.1:5432/spyrales_e2e";
const databaseUser = process.env.E2E_DB_USER ?? "postgres";

/** data.gouv.fr for a server that needs none: nothing listens there, so no browser test ever reaches the internet. */
const NOWHERE = "http://127.0.0.1:9";

/**
 * Starts the app on `port`, reading data.gouv.fr at `dataGouvUrl` (a local stub: datagouv-stub.mjs), with
 * sign-in through ProConnect when `proConnect` gives a provider (a local stub: proconnect-stub.mjs).
 * The test files run side by side (`--test-concurrency`), each in its own process with its own port and its own
 * server, on a fresh database of its own: no file sees another's data, and none depends on another having run.
 * `sameAppAs` (another server) makes a second instance of that app: it signs and accepts the same tokens and shares
 * its database (migrations already done are not run again, nothing is cleaned).
 */
export async function startServer(
  port = basePort,
  { dataGouvUrl = NOWHERE, proConnect = null, sameAppAs, ownDatabaseUrl, archiveClasses = false } = {},
) {
  const keyDir = sameAppAs?.keyDir;
  const databaseUrl = sameAppAs?.databaseUrl ?? ownDatabaseUrl ?? recreateDatabase(port);
  const url = urlOf(port);
  // An administrator address of this start only: the file that needs an admin registers it (people.mjs),
  // instead of relying on the demo community's admin and its password.
  const adminEmail = `admin.e2e.${Math.random().toString(36).slice(2, 10)}@numerique.gouv.fr`;
  const workDir = mkdtempSync(path.join(tmpdir(), "spyrales-e2e-"));
  const keys = keyDir ?? path.join(workDir, "keys");
  if (!keyDir) mkdirSync(keys);
  const logFile = path.join(workDir, "server.log");
  const out = openSync(logFile, "a");
  // C1 only and the serial collector: a test server lives a minute and serves a few hundred requests, so the
  // optimising compiler's work never pays back; a start took 9 s of CPU instead of 15-16 s (measured here).
  const classSharing = archiveClasses
    ? [`-XX:ArchiveClassesAtExit=${classArchive}`]
    : existsSync(classArchive)
      ? [`-XX:SharedArchiveFile=${classArchive}`]
      : [];
  const javaOptions = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", ...classSharing, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"];
  const child = spawn("java", [...javaOptions, "-jar", jar], {
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      PORT: String(port),
      // Metrics (management interface) on any free port: several servers run side by side and none reads them.
      SPYRALES_MANAGEMENT_PORT: "0",
      QUARKUS_DATASOURCE_JDBC_URL: databaseUrl,
      QUARKUS_DATASOURCE_USERNAME: databaseUser,
      QUARKUS_MAILER_MOCK: "true",
      SPYRALES_DEMO: "true",
      SPYRALES_ADMIN_EMAILS: adminEmail,
      SPYRALES_PUBLIC_URL: url,
      SPYRALES_COOKIE_SECURE: "false",
      SPYRALES_JWT_KEY_DIR: keys,
      SPYRALES_BCRYPT_COST: "4",
      SPYRALES_RATE_LIMIT_LOGIN_PER_IP: "1000",
      SPYRALES_RATE_LIMIT_REGISTER_PER_IP: "1000",
      SPYRALES_OPENDATA_DATAGOUV_BASE_URL: dataGouvUrl,
      // Off unless asked: a ProConnect configured in the environment of the run must not leak into the tests.
      SPYRALES_PROCONNECT_ISSUER: proConnect?.issuer ?? "",
      SPYRALES_PROCONNECT_CLIENT_ID: proConnect?.clientId ?? "",
      SPYRALES_PROCONNECT_CLIENT_SECRET: proConnect?.clientSecret ?? "",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    await waitUntilReady(url, exited, logFile);
  } catch (error) {
    // A server that never got ready must not outlive its test file (and hold its port).
    child.kill("SIGTERM");
    throw error;
  }
  return {
    baseUrl: url,
    logFile,
    adminEmail,
    keyDir: keys,
    databaseUrl,
    /**
     * The last link of the given kind mailed to an address, as it appears in the captured mail. Mail leaves
     * through the outbox just after the request that queued it: wait for it a little.
     */
    async lastMailedLink(email, pathPrefix) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const log = readFileSync(logFile, "utf8");
        const mails = log.split("Sending email ").filter((mail) => mail.includes(`to [${email}]`));
        const links = mails.flatMap((mail) => mail.match(new RegExp(`${url}${pathPrefix}\\?token=[\\w%-]+`, "g")) ?? []);
        if (links.length > 0) return links[links.length - 1];
        if (Date.now() > deadline) throw new Error(`no ${pathPrefix} link mailed to ${email}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    /** Runs one statement on this server's own database (to put data in a state no API reaches, e.g. the past). */
    sql(statement) {
      psql(databaseUrl, statement, databaseName(databaseUrl));
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
      if (!process.env.E2E_KEEP_LOGS) rmSync(workDir, { recursive: true, force: true });
      // The first instance owns the database; a second one (sameAppAs) leaves it to its owner, the template stays.
      if (!sameAppAs && !ownDatabaseUrl) psql(databaseUrl, `DROP DATABASE IF EXISTS ${databaseName(databaseUrl)} WITH (FORCE)`);
    },
  };
}

async function waitUntilReady(url, exited, logFile) {
  let stopped = false;
  exited.then(() => (stopped = true));
  const deadline = Date.now() + READY_WITHIN_SECONDS * 1000;
  while (Date.now() < deadline) {
    if (stopped) throw new Error(`the server stopped during start-up:\n${readFileSync(logFile, "utf8")}`);
    try {
      const response = await fetch(`${url}/q/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_WITHIN_SECONDS} s:\n${readFileSync(logFile, "utf8")}`);
}

/**
 * A database beside the run's: `spyrales_e2e` and `8182` give `spyrales_8182_e2e`. Only names ending in `_e2e` are
 * ever dropped, so a mistyped E2E_DB_URL never drops a real database.
 */
function databaseBeside(infix) {
  const runDatabase = databaseName(runDatabaseUrl);
  if (!runDatabase.endsWith("_e2e")) throw new Error(`E2E_DB_URL must name a database ending in _e2e, not ${runDatabase}`);
  const name = `${runDatabase.slice(0, -"_e2e".length)}_${infix}_e2e`;
  return { name, url: runDatabaseUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`) };
}

/** The database that `prepareTemplate` migrates and fills with the demo community once per run. */
const template = databaseBeside("template");

/**
 * A fresh database for the server on `port`: a copy of the run's template when the run prepared one (E2E_TEMPLATE=1,
 * set by `npm run test:e2e`), else an empty one that the server migrates and fills itself.
 */
function recreateDatabase(port) {
  const { name, url } = databaseBeside(port);
  psql(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  psql(url, process.env.E2E_TEMPLATE === "1" ? `CREATE DATABASE ${name} TEMPLATE ${template.name}` : `CREATE DATABASE ${name}`);
  return url;
}

/**
 * Once per run, before the test files: the packaged app migrates a database and loads the demo community into it,
 * then stops; each server then starts on a copy (a file copy in PostgreSQL), instead of doing both again. That
 * start also archives the classes it loaded, for the later ones (classArchive).
 */
export async function prepareTemplate() {
  psql(template.url, `DROP DATABASE IF EXISTS ${template.name} WITH (FORCE)`);
  psql(template.url, `CREATE DATABASE ${template.name}`);
  rmSync(classArchive, { force: true });
  const server = await startServer(basePort, { ownDatabaseUrl: template.url, archiveClasses: true });
  await trainClassArchive(server.baseUrl);
  await server.stop();
}

/** A sign-in and a few lists, so that the archive also holds the classes that serve requests. */
async function trainClassArchive(url) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "lea.moreau@justice.gouv.fr", password: "Demo-Spyrales-2026" }),
  });
  const { accessToken } = login.ok ? await login.json() : {};
  const headers = accessToken ? { authorization: `Bearer ${accessToken}` } : {};
  for (const page of ["/", "/api/v1/members?q=data", "/api/v1/events", "/api/v1/resources?q=python", "/api/v1/projects", "/api/v1/stats"]) {
    await (await fetch(`${url}${page}`, { headers })).arrayBuffer();
  }
}

function databaseName(jdbcUrl) {
  return new URL(jdbcUrl.replace(/^jdbc:/, "")).pathname.slice(1);
}

/** Runs one statement on the server of `jdbcUrl`, in the `postgres` database unless another is named. */
function psql(jdbcUrl, sql, database = "postgres") {
  const { hostname, port } = new URL(jdbcUrl.replace(/^jdbc:/, ""));
  const args = ["-h", hostname, "-p", port || "5432", "-U", databaseUser, "-d", database, "-v", "ON_ERROR_STOP=1", "-qc", sql];
  const result = spawnSync("psql", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`psql failed (${sql}): ${result.stderr || result.error}`);
}
