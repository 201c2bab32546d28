// The matching of a cohort, in a real browser against the packaged app:
// an animateur launches a run, waits for it, reviews the pairs, takes one out and confirms;
// then a mentor finds the request the programme sent in their pending tab.
// The people are created for the test (through the API) in Mayotte, where the demo community has nobody,
// and the run favours the same region: their pairs win. The demo community's own pairs are taken out before
// the confirmation, so that the other browser tests, which share the database, find the demo members as they were.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, launchBrowser } from "./browser.mjs";
import { basePort, startServer } from "./server.mjs";

const DEMO_ADMIN = { email: "admin.demo@numerique.gouv.fr", password: "Demo-Spyrales-2026" };
const PASSWORD = "appariement-de-printemps";
const REGION = "MAY";
const suffix = Math.random().toString(36).slice(2, 8);

const person = (firstName, lastName, profile) => ({
  firstName,
  lastName: `${lastName}-${suffix}`,
  name: `${firstName} ${lastName}-${suffix}`,
  // "Le Bihan" → "le-bihan": ASCII, lower case, hyphens for spaces.
  email: `${firstName}.${lastName}.${suffix}@dgfip.finances.gouv.fr`
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ /g, "-")
    .toLowerCase(),
  profile: { region: REGION, ...profile },
});

const mentee = (firstName, lastName) =>
  person(firstName, lastName, {
    jobTitle: "Contrôleur des finances publiques",
    skills: [
      { code: "python", level: 1 },
      { code: "web-scraping", level: 1 },
    ],
    learningSkills: ["web-scraping"],
    wantsMentor: true,
  });

const mentor = (firstName, lastName) =>
  person(firstName, lastName, {
    jobTitle: "Data scientist",
    skills: [
      { code: "python", level: 3 },
      { code: "web-scraping", level: 3 },
    ],
    canMentor: true,
    mentorCapacity: 2,
  });

const ANIMATEUR = person("Yasmine", "Kerjean", { jobTitle: "Animatrice de la communauté" });
const MENTEES = [mentee("Bastien", "Roussel"), mentee("Solène", "Gaillard"), mentee("Tanguy", "Le Bihan")];
const MENTORS = [mentor("Gaëlle", "Perrin"), mentor("Mehdi", "Lemaire")];
const OURS = new Set([...MENTEES, ...MENTORS].map(({ name }) => name));

let server;
let browser;
let animateur;
let runId;
/** The pairs of our people the animateur keeps, after one is taken out in the browser. */
let kept;

before(async () => {
  // The journey and mentorship tests have the first two ports; a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 2);
  browser = await launchBrowser();
  for (const member of [ANIMATEUR, ...MENTEES, ...MENTORS]) member.id = await createMember(member);
  const admin = await login(DEMO_ADMIN);
  await call("PUT", `/api/v1/members/${ANIMATEUR.id}/roles/animateur`, admin);
  animateur = await openSession(ANIMATEUR);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function call(method, path, token, body) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function login({ email, password = PASSWORD }) {
  const { accessToken } = await call("POST", "/api/v1/auth/login", null, { email, password });
  return accessToken;
}

/** Registers, confirms the address with the mailed link, and fills in the profile. */
async function createMember({ firstName, lastName, email, profile }) {
  await call("POST", "/api/v1/auth/register", null, { firstName, lastName, email, password: PASSWORD });
  const token = new URL(await server.lastMailedLink(email, "/verification")).searchParams.get("token");
  await call("POST", "/api/v1/auth/verify", null, { token });
  const accessToken = await login({ email });
  const me = await call("PATCH", "/api/v1/me", accessToken, profile);
  return me.id;
}

async function openSession({ email }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/mentorats`);
  await heading(page, "Connexion à Spyrales");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();
  await heading(page, "Mes mentorats");
  return page;
}

async function heading(page, text) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/** Every pair of the run, through the API. */
async function proposals(token) {
  const pairs = [];
  for (let page = 0; ; page++) {
    const { items, total } = await call("GET", `/api/v1/matching/runs/${runId}/proposals?size=100&page=${page}`, token);
    pairs.push(...items);
    if (pairs.length >= total || items.length === 0) return pairs;
  }
}

const pairLabel = ({ mentee, mentor }) => `le binôme de ${mentee.displayName} avec ${mentor.displayName}`;

test("the animateur launches a run from the Appariements page and follows it until it is ready", async () => {
  await animateur.getByRole("link", { name: "Appariements", exact: true }).first().click();
  await heading(animateur, "Appariements");
  await animateur.getByLabel("Mentors candidats par personne").waitFor();
  await animateur.getByText("Aucun appariement n'a encore été lancé.").or(animateur.getByRole("table")).waitFor();
  await assertAccessible(animateur, "les appariements");

  await animateur.getByLabel("Même région").fill("60");
  await animateur.getByRole("button", { name: "Lancer l'appariement" }).click();
  await heading(animateur, /^Appariement du /);
  runId = new URL(animateur.url()).pathname.split("/").pop();
  await animateur.getByText("Prêt à revoir", { exact: true }).waitFor({ timeout: 60_000 });
  await animateur.getByRole("region", { name: "Chiffres du calcul" }).waitFor();
  await animateur.getByRole("button", { name: "Confirmer et envoyer les demandes" }).waitFor();
  await assertAccessible(animateur, "l'appariement prêt à revoir");
});

test("the animateur keeps only the new people's pairs, takes one out in the browser, and confirms", async () => {
  // The demo community's pairs go out through the API: the browser tests that follow expect no request between them.
  const token = await login(ANIMATEUR);
  const pairs = await proposals(token);
  const ours = pairs.filter(({ mentee, mentor }) => OURS.has(mentee.displayName) && OURS.has(mentor.displayName));
  assert.ok(ours.length >= 2, `at least two pairs between the new people, got ${ours.map(pairLabel).join(", ")}`);
  for (const pair of pairs.filter((candidate) => !ours.includes(candidate))) {
    await call("POST", `/api/v1/matching/runs/${runId}/proposals/${pair.mentee.id}/remove`, token);
  }

  await animateur.reload();
  await animateur.getByText("Prêt à revoir", { exact: true }).waitFor();
  await animateur.getByLabel("Rechercher une personne").fill(suffix);
  await animateur.getByText("Gardés", { exact: true }).click();
  await animateur.getByRole("button", { name: "Filtrer" }).click();
  await animateur.getByRole("heading", { name: `${ours.length} binômes` }).waitFor();
  const [taken, ...others] = ours;
  await animateur.getByRole("link", { name: taken.mentee.displayName }).waitFor();
  await animateur.getByRole("button", { name: `Retirer ${pairLabel(taken)}` }).click();
  // Among the kept pairs only, the pair taken out leaves the table.
  await animateur.getByRole("heading", { name: others.length === 1 ? "1 binôme" : `${others.length} binômes` }).waitFor();
  await animateur.getByText(`${others.length} binôme${others.length > 1 ? "s" : ""} gardé${others.length > 1 ? "s" : ""} sur`).waitFor();
  await assertAccessible(animateur, "les binômes filtrés");

  await animateur.getByRole("button", { name: "Confirmer et envoyer les demandes" }).click();
  const dialog = animateur.getByRole("dialog", { name: "Confirmer l'appariement et envoyer les demandes ?" });
  const requests = others.length === 1 ? "1 demande de mentorat sera envoyée" : `${others.length} demandes de mentorat seront envoyées`;
  await dialog.getByText(requests, { exact: false }).waitFor();
  await assertAccessible(animateur, "la confirmation de l'appariement");
  await dialog.getByRole("button", { name: "Confirmer et envoyer", exact: true }).click();

  await animateur.getByRole("heading", { name: "Appariement confirmé" }).waitFor();
  const sent = others.length === 1 ? "1 demande de mentorat envoyée" : `${others.length} demandes de mentorat envoyées`;
  await animateur.getByText(`${sent}, 0 binôme écarté.`).waitFor();
  await animateur.getByText("Confirmé", { exact: true }).first().waitFor();
  assert.equal(await animateur.getByText("Demande envoyée", { exact: true }).count(), others.length);
  await assertAccessible(animateur, "l'appariement confirmé");
  kept = others;
});

test("a mentor finds the request the programme sent in the pending tab", async () => {
  const [pair] = kept;
  const mentorPage = await openSession(MENTORS.find(({ name }) => name === pair.mentor.displayName));
  await mentorPage.getByRole("heading", { name: /demandes? en attente/ }).waitFor();
  const card = mentorPage.locator(".fr-card", { has: mentorPage.getByRole("link", { name: pair.mentee.displayName }) });
  await card.getByText("Vous accompagnez").waitFor();
  await card.getByText("Proposé par le programme").waitFor();
  await assertAccessible(mentorPage, "les demandes en attente du mentor");
});

test("a mentee left out of the run finds suggested mentors, with their reasons, and asks one", async () => {
  const leftOut = MENTEES.find(({ name }) => !kept.some((pair) => pair.mentee.displayName === name));
  const page = await openSession(leftOut);
  await page.getByRole("link", { name: "Trouver un mentor", exact: true }).first().click();
  await heading(page, "Trouver un mentor");
  const mentorName = MENTORS[0].name;
  const card = page.locator(".fr-card", { has: page.getByRole("link", { name: mentorName }) });
  await card.getByText("Maîtrise Web scraping au niveau 3 — vous êtes au niveau 1", { exact: false }).waitFor();
  await card.getByText("Même région : Mayotte", { exact: false }).waitFor();
  await assertAccessible(page, "les mentors suggérés");

  await card.getByRole("button", { name: `Demander un mentorat à ${mentorName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Demander un mentorat à ${mentorName}` });
  assert.equal(await dialog.getByLabel("Objectif 1").inputValue(), "Progresser en Web scraping");
  await dialog.getByLabel(/Votre message/).fill("Bonjour, je voudrais apprendre à collecter des données publiques.");
  await assertAccessible(page, "la demande à un mentor suggéré");
  await dialog.getByRole("button", { name: "Envoyer ma demande" }).click();
  await page.getByText(`Votre demande de mentorat a été envoyée à ${mentorName}`, { exact: false }).waitFor();
});
