#!/usr/bin/env node
// Two packaged Spyrales instances on one PostgreSQL database behind HAProxy: a mixed load through the load balancer,
// then the invariants that several instances could break, checked in the database and in the instances' logs.
//
//   node bench/cluster/check.mjs                    # 60 s of load, 8 workers (make cluster-check, part of make test)
//   CLUSTER_SECONDS=300 CLUSTER_WORKERS=16 node bench/cluster/check.mjs   # make bench-cluster
//
// Environment: CLUSTER_PORT (load balancer; the instances take the next two ports, default 8800), CLUSTER_DB
// (a database name ending in _cluster, recreated; default spyrales_cluster), JAR, PG_HOST, PG_PORT, PG_USER,
// CLUSTER_KEEP=1 keeps the logs and the database. Needs java 17, psql and haproxy (Debian: apt-get install haproxy).
// CLUSTER_PGBOUNCER=1 puts a PgBouncer in transaction mode between the instances and PostgreSQL (make
// cluster-check-pgbouncer; Debian: apt-get install pgbouncer): the same load and invariants, every statement of the
// app through the pooler, with the JDBC settings docs/operations.md gives for it (prepareThreshold=0).
//
// What it proves (each a line of the report, the run fails on the first broken one):
// - both instances start at the same moment on an empty database and a fresh key folder: one migrates and loads
//   the demo community, the other waits and finds it done; both sign and accept the same tokens;
// - every request of the load gets one of the statuses its operation documents, never a 5xx, and both instances
//   served a fair part of it (the load balancer alternates, so a refresh token is often used on the other instance);
// - a rate limit is shared: one address can register five times per window, wherever the requests land;
// - a full event is never overbooked and its waiting list is served when a place frees up;
// - no mentor gets more pairings than their capacity, no mentee two at once;
// - no lost write: every 201/202/200 answered to the load is in the database afterwards;
// - each mail leaves once (both instances poll the same outbox), and the reminder job running every second on both
//   instances reminds each registrant of an event once.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const seconds = Number(process.env.CLUSTER_SECONDS ?? 60);
const workers = Number(process.env.CLUSTER_WORKERS ?? 8);
const lbPort = Number(process.env.CLUSTER_PORT ?? 8800);
const database = process.env.CLUSTER_DB ?? "spyrales_cluster";
const jar = path.resolve(
  process.env.JAR ??
    path.join(repo, "backend/target/quarkus-app/quarkus-run.jar"),
);
const pg = {
  host: process.env.PG_HOST ?? "127.0.0.1",
  port: process.env.PG_PORT ?? "5432",
  user: process.env.PG_USER ?? "postgres",
};
const keep = process.env.CLUSTER_KEEP === "1";
const throughPgBouncer = process.env.CLUSTER_PGBOUNCER === "1";
const bouncerPort = lbPort + 3;
const READY_SECONDS = Number(process.env.CLUSTER_READY_SECONDS ?? 300);
const DEMO_PASSWORD = "Demo-Spyrales-2026";
const ANIMATEUR = "claire.fontaine@insee.fr";
const FULL_EVENT_CAPACITY = 10;
const REMINDED = 20;
const REGISTER_PER_EMAIL = 5; // the production default (RateLimitConfig), left as it is for the instances
const LOGINS_PER_AGENT = 8; // below the per-address login limit (10 per window): a 429 on login is a failure

if (!database.endsWith("_cluster"))
  fail(
    `CLUSTER_DB must end in _cluster (it is dropped and recreated), not ${database}`,
  );
const lbUrl = `http://localhost:${lbPort}`;
const work = mkdtempSync(path.join(tmpdir(), "spyrales-cluster-"));
const children = [];
const report = [];

function fail(message) {
  console.error(`cluster check: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

/** One psql call on `db`; stops the check on an error. Rows as arrays of fields. */
function psql(db, statement) {
  const run = spawnSync(
    "psql",
    [
      "-h",
      pg.host,
      "-p",
      pg.port,
      "-U",
      pg.user,
      "-d",
      db,
      "-XAtq",
      "-v",
      "ON_ERROR_STOP=1",
      "-F",
      "\t",
    ],
    {
      encoding: "utf8",
      // On standard input and with room for large answers: a 5-minute run's statements (the ids answered) and
      // results (every account created) outgrow an argument and the default 1 MiB buffer.
      input: statement,
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  if (run.status !== 0) fail(`psql: ${run.error ?? run.stderr}`);
  return run.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}

const sql = (statement) => psql(database, statement);

function recreateDatabase() {
  psql("postgres", `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  psql("postgres", `CREATE DATABASE ${database}`);
}

function startInstance(name, port, keys) {
  const logFile = path.join(work, `${name}.log`);
  const out = openSync(logFile, "a");
  const javaOptions = (
    process.env.CLUSTER_JAVA_OPTS ??
    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m"
  )
    .split(" ")
    .filter(Boolean);
  const child = spawn("java", [...javaOptions, "-jar", jar], {
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      PORT: String(port),
      // Metrics on a free port of each instance's own: the two share the machine and nothing scrapes them here.
      SPYRALES_MANAGEMENT_PORT: "0",
      QUARKUS_DATASOURCE_JDBC_URL: throughPgBouncer
        ? // Transaction pooling: a server connection serves one transaction, so no statement may stay prepared on it.
          `jdbc:postgresql://127.0.0.1:${bouncerPort}/${database}?prepareThreshold=0`
        : `jdbc:postgresql://${pg.host}:${pg.port}/${database}`,
      QUARKUS_DATASOURCE_USERNAME: pg.user,
      QUARKUS_MAILER_MOCK: "true",
      SPYRALES_DEMO: "true",
      SPYRALES_PUBLIC_URL: lbUrl,
      SPYRALES_COOKIE_SECURE: "false",
      SPYRALES_JWT_KEY_DIR: keys,
      SPYRALES_BCRYPT_COST: "4",
      // Every request comes from the load balancer's address: only the per-address limits of e-mail addresses stay.
      SPYRALES_RATE_LIMIT_LOGIN_PER_IP: "1000000",
      SPYRALES_RATE_LIMIT_REGISTER_PER_IP: "1000000",
      SPYRALES_EVENT_REMINDER_EVERY: "1s",
      SPYRALES_MAIL_POLL_EVERY: "1s",
      SPYRALES_PROCONNECT_ISSUER: "",
      SPYRALES_OPENDATA_DATAGOUV_BASE_URL: "http://127.0.0.1:9",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  children.push({ child, exited });
  return {
    name,
    port,
    url: `http://localhost:${port}`,
    logFile,
    child,
    exited,
  };
}

async function waitReady(url, exited, what) {
  let stopped = false;
  exited?.then(() => (stopped = true));
  const deadline = Date.now() + READY_SECONDS * 1000;
  while (Date.now() < deadline) {
    if (stopped) fail(`${what} stopped during start-up (logs in ${work})`);
    try {
      if ((await fetch(`${url}/q/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`${what} not ready within ${READY_SECONDS} s (logs in ${work})`);
}

function startLoadBalancer(instances) {
  const config = path.join(work, "haproxy.cfg");
  writeFileSync(
    config,
    `global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
frontend spyrales
  bind 127.0.0.1:${lbPort}
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /q/health/ready
  http-response set-header X-Served-By %s
${instances.map((instance) => `  server ${instance.name} 127.0.0.1:${instance.port} check inter 1s`).join("\n")}
`,
  );
  const check = spawnSync("haproxy", ["-c", "-q", "-f", config], {
    encoding: "utf8",
  });
  if (check.error) fail("haproxy is missing: sudo apt-get install haproxy");
  if (check.status !== 0)
    fail(`haproxy refused its configuration: ${check.stderr}`);
  const out = openSync(path.join(work, "haproxy.log"), "a");
  const child = spawn("haproxy", ["-db", "-f", config], {
    stdio: ["ignore", out, out],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  children.push({ child, exited });
  return { child, exited };
}

/**
 * PgBouncer in transaction mode in front of the check's database. It refuses to run as root: started as root, it
 * switches to the postgres user (-u), which must then read its files and write its log.
 */
function startPgBouncer() {
  const dir = path.join(work, "pgbouncer");
  mkdirSync(dir);
  const config = path.join(dir, "pgbouncer.ini");
  writeFileSync(path.join(dir, "users.txt"), `"${pg.user}" ""\n`, {
    mode: 0o644,
  });
  writeFileSync(
    config,
    `[databases]
${database} = host=${pg.host} port=${pg.port} dbname=${database}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${bouncerPort}
unix_socket_dir =
auth_type = trust
auth_file = ${path.join(dir, "users.txt")}
pool_mode = transaction
max_client_conn = 200
default_pool_size = 12
; the JDBC driver sends it when it connects; PgBouncer has no use for it
ignore_startup_parameters = extra_float_digits
logfile = ${path.join(dir, "pgbouncer.log")}
`,
    { mode: 0o644 },
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(work, 0o755);
    chmodSync(dir, 0o777);
  }
  const child = spawn(
    "pgbouncer",
    [...(asRoot ? ["-u", "postgres"] : []), config],
    {
      stdio: [
        "ignore",
        "ignore",
        openSync(path.join(work, "pgbouncer.err"), "a"),
      ],
    },
  );
  child.once("error", () =>
    fail("pgbouncer is missing: sudo apt-get install pgbouncer"),
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  children.push({ child, exited });
}

async function waitForPgBouncer() {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const probe = spawnSync(
      "psql",
      [
        "-h",
        "127.0.0.1",
        "-p",
        String(bouncerPort),
        "-U",
        pg.user,
        "-d",
        database,
        "-XAtqc",
        "SELECT 1",
      ],
      {
        encoding: "utf8",
      },
    );
    if (probe.status === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`PgBouncer does not answer on port ${bouncerPort} (logs in ${work})`);
}

/** One call through the load balancer; the outcome is recorded for the report. */
const outcomes = new Map(); // "action status" -> count
const servedBy = new Map();
const latencies = new Map(); // action -> milliseconds
async function call(action, method, route, { token, body } = {}) {
  const begin = performance.now();
  const response = await fetch(`${lbUrl}${route}`, {
    method,
    headers: {
      "Content-Type": "application/json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!latencies.has(action)) latencies.set(action, []);
  latencies.get(action).push(performance.now() - begin);
  const key = `${action} ${response.status}`;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  const server = response.headers.get("x-served-by") ?? "?";
  servedBy.set(server, (servedBy.get(server) ?? 0) + 1);
  return { status: response.status, body: text ? safeJson(text) : null };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function check(condition, line) {
  report.push(`${condition ? "ok  " : "FAIL"} ${line}`);
  if (!condition) process.exitCode = 1;
}

async function setUp() {
  const agents = sql(
    `SELECT id, email, can_mentor, wants_mentor FROM member m WHERE is_demo AND NOT EXISTS (SELECT 1 FROM member_suspension s WHERE s.member_id = m.id) ORDER BY email`,
  ).map(([id, email, canMentor, wantsMentor]) => ({
    id,
    email,
    canMentor: canMentor === "t",
    wantsMentor: wantsMentor === "t",
    logins: 0,
  }));
  const animateur =
    agents.find((agent) => agent.email === ANIMATEUR) ??
    fail(`demo animateur ${ANIMATEUR} missing`);
  for (const agent of agents) {
    const login = await call("login", "POST", "/api/v1/auth/login", {
      body: { email: agent.email, password: DEMO_PASSWORD },
    });
    if (login.status !== 200)
      fail(
        `demo login of ${agent.email}: ${login.status} ${JSON.stringify(login.body)}`,
      );
    agent.logins++;
    agent.token = login.body.accessToken;
    agent.refreshToken = login.body.refreshToken;
  }
  const inThreeDays = (hours) =>
    new Date(Date.now() + (72 + hours) * 3600_000).toISOString();
  const createEvent = async (title, capacity) => {
    const created = await call("createEvent", "POST", "/api/v1/events", {
      token: animateur.token,
      body: {
        title,
        type: "WEBINAR",
        startsAt: inThreeDays(0),
        endsAt: inThreeDays(1),
        language: "R",
        onlineUrl: "https://webinaire.numerique.gouv.fr/meeting/cluster",
        ...(capacity ? { capacity } : {}),
      },
    });
    if (created.status !== 201)
      fail(`event creation: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body.id;
  };
  const fullEvent = await createEvent(
    "Atelier complet (vérification à deux instances)",
    FULL_EVENT_CAPACITY,
  );
  const reminderTitle = "Webinaire rappelé (vérification à deux instances)";
  const reminderEvent = await createEvent(reminderTitle, null);
  const reminded = agents.slice(0, REMINDED);
  for (const agent of reminded) {
    const registered = await call(
      "registerForEvent",
      "POST",
      `/api/v1/events/${reminderEvent}/registration`,
      { token: agent.token },
    );
    if (registered.status !== 200)
      fail(`registration for the reminded event: ${registered.status}`);
  }
  // The event moves to tomorrow, its seats confirmed two days ago: the day-before reminder is due at once, and the
  // job runs every second on both instances.
  sql(`UPDATE event SET starts_at = now() + interval '23 hours', ends_at = now() + interval '24 hours' WHERE id = '${reminderEvent}';
       UPDATE event_registration SET registered_at = now() - interval '2 days', confirmed_at = now() - interval '2 days'
        WHERE event_id = '${reminderEvent}'`);
  return { agents, fullEvent, reminderEvent, reminderTitle, reminded };
}

/** The mixed load: each worker owns its agents, so that each agent's own state (session, registration) is known. */
async function load(setup, deadline) {
  const written = {
    mentorships: new Set(),
    accepted: new Set(),
    accounts: new Set(),
    confirmedSeats: 0,
  };
  const mentors = setup.agents.filter((agent) => agent.canMentor);
  const searches = [
    "/api/v1/members?q=python",
    "/api/v1/members?canMentor=true",
    "/api/v1/members?sort=name,asc&page=2",
    "/api/v1/projects",
    "/api/v1/resources?q=donn%C3%A9es",
    "/api/v1/events",
  ];
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const expect = (action, status, allowed) => {
    if (!allowed.includes(status)) unexpected.push(`${action}: ${status}`);
  };
  const unexpected = [];
  const actions = [
    [
      45,
      async (agent) =>
        expect(
          "search",
          (await call("search", "GET", pick(searches), { token: agent.token }))
            .status,
          [200],
        ),
    ],
    [
      8,
      async (agent) => {
        const refreshed = await call(
          "refresh",
          "POST",
          "/api/v1/auth/refresh",
          { body: { refreshToken: agent.refreshToken } },
        );
        expect("refresh", refreshed.status, [200]);
        if (refreshed.status === 200) {
          agent.token = refreshed.body.accessToken;
          agent.refreshToken = refreshed.body.refreshToken;
        }
      },
    ],
    [
      4,
      async (agent) => {
        if (agent.logins >= LOGINS_PER_AGENT) return;
        agent.logins++;
        const login = await call("login", "POST", "/api/v1/auth/login", {
          body: { email: agent.email, password: DEMO_PASSWORD },
        });
        expect("login", login.status, [200]);
        if (login.status === 200) {
          agent.token = login.body.accessToken;
          agent.refreshToken = login.body.refreshToken;
        }
      },
    ],
    [
      15,
      async (agent) => {
        if (agent.seat) {
          expect(
            "cancelRegistration",
            (
              await call(
                "cancelRegistration",
                "DELETE",
                `/api/v1/events/${setup.fullEvent}/registration`,
                { token: agent.token },
              )
            ).status,
            [204],
          );
          agent.seat = false;
        } else {
          const seat = await call(
            "registerForEvent",
            "POST",
            `/api/v1/events/${setup.fullEvent}/registration`,
            { token: agent.token },
          );
          expect("registerForEvent", seat.status, [200]);
          agent.seat = seat.status === 200;
        }
      },
    ],
    [
      10,
      async (agent) => {
        const mentor = pick(mentors);
        if (mentor === agent) return;
        const request = await call(
          "requestMentorship",
          "POST",
          "/api/v1/mentorships",
          {
            token: agent.token,
            body: {
              mentorId: mentor.id,
              message: "Bonjour, j'aimerais progresser en R avec vous.",
              goals: ["Écrire mon premier script R"],
            },
          },
        );
        expect("requestMentorship", request.status, [201, 409, 422]);
        if (request.status === 201) written.mentorships.add(request.body.id);
      },
    ],
    [
      10,
      async (agent) => {
        if (!agent.canMentor) return;
        const pending = await call(
          "listMentorships",
          "GET",
          "/api/v1/mentorships?role=MENTOR&status=PENDING&size=5",
          { token: agent.token },
        );
        expect("listMentorships", pending.status, [200]);
        const first = pending.body?.items?.[0];
        if (!first) return;
        const accepted = await call(
          "acceptMentorship",
          "POST",
          `/api/v1/mentorships/${first.id}/accept`,
          { token: agent.token },
        );
        expect("acceptMentorship", accepted.status, [200, 409]);
        if (accepted.status === 200) written.accepted.add(first.id);
      },
    ],
    [
      8,
      async () => {
        const email = `nouvel.agent.${Math.random().toString(36).slice(2, 10)}@insee.fr`;
        const registered = await call(
          "register",
          "POST",
          "/api/v1/auth/register",
          {
            body: {
              email,
              password: "tartines-et-regressions-2026",
              firstName: "Nouvel",
              lastName: "Agent",
            },
          },
        );
        expect("register", registered.status, [202]);
        if (registered.status === 202) written.accounts.add(email);
      },
    ],
  ];
  const totalWeight = actions.reduce((sum, [weight]) => sum + weight, 0);
  const chooseAction = () => {
    let draw = Math.random() * totalWeight;
    for (const [weight, action] of actions) {
      if ((draw -= weight) < 0) return action;
    }
    return actions[0][1];
  };
  let requests = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      const own = setup.agents.filter((_, index) => index % workers === worker);
      while (Date.now() < deadline) {
        await chooseAction()(pick(own));
        requests++;
      }
    }),
  );
  return { written, unexpected, requests };
}

async function sharedRateLimit() {
  const email = `limite.partagee.${Math.random().toString(36).slice(2, 8)}@insee.fr`;
  const statuses = [];
  for (let i = 0; i < 3 * REGISTER_PER_EMAIL; i++) {
    statuses.push(
      (
        await call("registerSameAddress", "POST", "/api/v1/auth/register", {
          body: {
            email,
            password: "tartines-et-regressions-2026",
            firstName: "Limite",
            lastName: "Partagée",
          },
        })
      ).status,
    );
  }
  return statuses;
}

async function waitFor(what, condition, withinSeconds = 60) {
  const deadline = Date.now() + withinSeconds * 1000;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  report.push(`FAIL ${what}: not within ${withinSeconds} s`);
  process.exitCode = 1;
  return false;
}

async function stopAll() {
  for (const { child, exited } of children.reverse()) {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

async function main() {
  console.log(
    `==> Cluster check: 2 instances behind HAProxy on ${lbUrl}${throughPgBouncer ? ", through PgBouncer (transaction mode)" : ""}, ${seconds} s of load by ${workers} workers (work folder ${work})`,
  );
  recreateDatabase();
  const keys = path.join(work, "keys");
  mkdirSync(keys);
  if (throughPgBouncer) {
    startPgBouncer();
    await waitForPgBouncer();
  }
  const started = Date.now();
  // Both at once, on an empty database and an empty key folder: the start-up races are part of the check.
  const instances = [
    startInstance("a", lbPort + 1, keys),
    startInstance("b", lbPort + 2, keys),
  ];
  await Promise.all(
    instances.map((instance) =>
      waitReady(instance.url, instance.exited, `instance ${instance.name}`),
    ),
  );
  const lb = startLoadBalancer(instances);
  await waitReady(lbUrl, lb.exited, "haproxy");
  report.push(
    `info both instances ready ${((Date.now() - started) / 1000).toFixed(1)} s after a simultaneous start`,
  );
  const migrations = sql(
    `SELECT count(*), count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL AND success`,
  )[0];
  check(
    migrations[0] === migrations[1],
    `each migration applied once (${migrations[0]})`,
  );
  const demo = Number(sql(`SELECT count(*) FROM member WHERE is_demo`)[0][0]);
  check(
    demo >= 75 && demo <= 90,
    `the demo community loaded once (${demo} agents)`,
  );

  const setup = await setUp();
  const limited = await sharedRateLimit();
  const accepted = limited.filter((status) => status === 202).length;
  check(
    accepted === REGISTER_PER_EMAIL &&
      limited.slice(REGISTER_PER_EMAIL).every((status) => status === 429),
    `one address registers ${REGISTER_PER_EMAIL} times per window across both instances, then 429 (${limited.join(" ")})`,
  );

  const loadStart = Date.now();
  const { written, unexpected, requests } = await load(
    setup,
    loadStart + seconds * 1000,
  );
  const loadSeconds = (Date.now() - loadStart) / 1000;
  report.push(
    `info ${requests} actions in ${loadSeconds.toFixed(0)} s (${(requests / loadSeconds).toFixed(0)}/s)`,
  );
  check(
    unexpected.length === 0,
    `every request got a documented status${unexpected.length ? `: ${[...new Set(unexpected)].slice(0, 10).join(", ")}` : ""}`,
  );
  const served = [...servedBy.entries()]
    .map(([server, count]) => `${server} ${count}`)
    .join(", ");
  const total = [...servedBy.values()].reduce((sum, count) => sum + count, 0);
  check(
    instances.every(
      (instance) => (servedBy.get(instance.name) ?? 0) >= total * 0.3,
    ),
    `both instances served the load (${served})`,
  );

  // Afterwards, in the database.
  const [confirmed, waitlisted] =
    sql(`SELECT count(*) FILTER (WHERE status = 'CONFIRMED'), count(*) FILTER (WHERE status = 'WAITLISTED')
                                         FROM event_registration WHERE event_id = '${setup.fullEvent}'`)[0].map(
      Number,
    );
  check(
    confirmed <= FULL_EVENT_CAPACITY,
    `the full event is not overbooked (${confirmed} confirmed for ${FULL_EVENT_CAPACITY} places, ${waitlisted} waiting)`,
  );
  check(
    waitlisted === 0 || confirmed === FULL_EVENT_CAPACITY,
    "a freed place goes to the waiting list",
  );
  const overCapacity =
    sql(`SELECT m.email, count(*), m.mentor_capacity FROM mentorship p JOIN member m ON m.id = p.mentor_id
                             WHERE p.status IN ('ACCEPTED', 'PAUSED') GROUP BY m.email, m.mentor_capacity HAVING count(*) > m.mentor_capacity`);
  check(
    overCapacity.length === 0,
    `no mentor beyond capacity${overCapacity.length ? `: ${overCapacity.map((row) => row.join(" ")).join("; ")}` : ""}`,
  );
  const twice = sql(
    `SELECT mentee_id FROM mentorship WHERE status IN ('ACCEPTED', 'PAUSED') GROUP BY mentee_id HAVING count(*) > 1`,
  );
  check(twice.length === 0, "no mentee in two pairings at once");
  const ids = (set) => [...set].map((id) => `'${id}'`).join(",") || "NULL";
  const foundRequests = Number(
    sql(
      `SELECT count(*) FROM mentorship WHERE id IN (${ids(written.mentorships)})`,
    )[0][0],
  );
  check(
    foundRequests === written.mentorships.size,
    `every mentorship request answered 201 is stored (${foundRequests}/${written.mentorships.size})`,
  );
  const stillPending = Number(
    sql(
      `SELECT count(*) FROM mentorship WHERE id IN (${ids(written.accepted)}) AND status = 'PENDING'`,
    )[0][0],
  );
  check(
    stillPending === 0 && written.accepted.size > 0,
    `every acceptance answered 200 is stored (${written.accepted.size} accepted)`,
  );
  const emails =
    [...written.accounts].map((email) => `'${email}'`).join(",") || "NULL";
  const accounts = Number(
    sql(`SELECT count(*) FROM member WHERE email IN (${emails})`)[0][0],
  );
  check(
    accounts === written.accounts.size,
    `every registration answered 202 is stored (${accounts}/${written.accounts.size})`,
  );

  await waitFor(
    "the mail outbox drained",
    () =>
      Number(
        sql(
          `SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL`,
        )[0][0],
      ) === 0,
  );
  const reminders = Number(
    sql(
      `SELECT count(*) FROM event_reminder_sent WHERE event_id = '${setup.reminderEvent}'`,
    )[0][0],
  );
  check(
    reminders === REMINDED,
    `each registrant of the event of tomorrow reminded once (${reminders} for ${REMINDED})`,
  );
  const sent = Number(
    sql(`SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL`)[0][0],
  );
  await stopAll();
  const mails = instances.flatMap((instance) =>
    readFileSync(instance.logFile, "utf8").split("Sending email ").slice(1),
  );
  check(
    mails.length === sent,
    `each mail sent once by one instance (${mails.length} in the logs, ${sent} marked sent)`,
  );
  const reminderMails = mails.filter((mail) =>
    mail.startsWith(`Rappel : « ${setup.reminderTitle} » demain`),
  );
  const remindedAddresses = new Set(
    reminderMails.map((mail) => mail.match(/ to \[([^\]]+)\]/)?.[1]),
  );
  check(
    reminderMails.length === REMINDED && remindedAddresses.size === REMINDED,
    `one reminder mail per registrant (${reminderMails.length} mails to ${remindedAddresses.size} addresses for ${REMINDED})`,
  );

  const byOutcome = [...outcomes.entries()]
    .sort()
    .map(([key, count]) => `${key}: ${count}`);
  console.log(`\nRequests by operation and status: ${byOutcome.join(", ")}`);
  const percentile = (sorted, p) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(
      1,
    );
  const timing = [...latencies.entries()].sort().map(([action, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${action} p50 ${percentile(sorted, 0.5)} ms, p99 ${percentile(sorted, 0.99)} ms`;
  });
  console.log(
    `Latency through the load balancer (the whole run, loaded machine): ${timing.join("; ")}\n`,
  );
  console.log(report.join("\n"));
}

try {
  await main();
} catch (error) {
  if (!report.length || !String(error.message).startsWith("psql"))
    console.error(error);
  console.log(report.join("\n"));
  process.exitCode = 1;
} finally {
  await stopAll();
  if (process.exitCode) {
    console.log(`\nThe instances' logs are in ${work}`);
  } else {
    console.log("\n==> Cluster check passed.");
    if (!keep) {
      rmSync(work, { recursive: true, force: true });
      psql("postgres", `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  }
}
