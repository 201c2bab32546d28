// The matching of a cohort, in a real browser against the packaged app:
// an animateur launches a run, waits for it, reviews the pairs, takes one out and confirms;
// then a mentor finds the request the programme sent in their pending tab.
// Everyone is created for the test through the API, the animateur made so by this server's own administrator.
// The cohort lives in Mayotte, where the demo community has nobody, and the run favours the same region:
// their pairs win. Every other pair (the demo community's, other files' people) is taken out before the
// confirmation, so that only this file's people receive requests.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openAnimationPage, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const REGION = "MAY";
const suffix = runSuffix();

const mentee = (firstName, lastName) =>
  person(firstName, lastName, suffix, {
    region: REGION,
    jobTitle: "Contrôleur des finances publiques",
    skills: [
      { code: "python", level: 1 },
      { code: "web-scraping", level: 1 },
    ],
    learningSkills: ["web-scraping"],
    wantsMentor: true,
  });

const mentor = (firstName, lastName) =>
  person(firstName, lastName, suffix, {
    region: REGION,
    jobTitle: "Data scientist",
    skills: [
      { code: "python", level: 3 },
      { code: "web-scraping", level: 3 },
    ],
    canMentor: true,
    mentorCapacity: 2,
  });

const ANIMATEUR = person("Yasmine", "Kerjean", suffix, { region: REGION, jobTitle: "Animatrice de la communauté" });
const MENTEES = [mentee("Bastien", "Roussel"), mentee("Solène", "Gaillard"), mentee("Tanguy", "Le Bihan")];
const MENTORS = [mentor("Gaëlle", "Perrin"), mentor("Mehdi", "Lemaire")];
const OURS = new Set([...MENTEES, ...MENTORS].map(({ name }) => name));

let server;
let api;
let browser;
let animateur;
let runId;
/** The pairs of our people the animateur keeps, after one is taken out in the browser. */
let kept;

before(async () => {
  // The journey and mentorship tests have the first two ports; a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 2);
  api = apiOf(server);
  for (const member of [ANIMATEUR, ...MENTEES, ...MENTORS]) member.id = await api.createMember(member);
  const admin = await api.createAdmin();
  await api.call("PUT", `/api/v1/members/${ANIMATEUR.id}/roles/animateur`, admin);
  browser = await launchBrowser();
  animateur = await openSession(browser, server.baseUrl, ANIMATEUR);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every pair of the run, through the API. */
async function proposals(token) {
  const pairs = [];
  for (let page = 0; ; page++) {
    const { items, total } = await api.call("GET", `/api/v1/matching/runs/${runId}/proposals?size=100&page=${page}`, token);
    pairs.push(...items);
    if (pairs.length >= total || items.length === 0) return pairs;
  }
}

const pairLabel = ({ mentee, mentor }) => `le binôme de ${mentee.displayName} avec ${mentor.displayName}`;

test("the animateur launches a run from the Appariements page and follows it until it is ready", async () => {
  await openAnimationPage(animateur, "Appariements");
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
  // The other pairs go out through the API: only this file's people are to receive requests.
  const token = await api.login(ANIMATEUR);
  const pairs = await proposals(token);
  const ours = pairs.filter(({ mentee, mentor }) => OURS.has(mentee.displayName) && OURS.has(mentor.displayName));
  assert.ok(ours.length >= 2, `at least two pairs between the new people, got ${ours.map(pairLabel).join(", ")}`);
  for (const pair of pairs.filter((candidate) => !ours.includes(candidate))) {
    await api.call("POST", `/api/v1/matching/runs/${runId}/proposals/${pair.mentee.id}/remove`, token);
  }

  await animateur.reload();
  await animateur.getByText("Prêt à revoir", { exact: true }).waitFor();
  await animateur.getByLabel("Rechercher une personne").fill(suffix);
  await animateur.getByText("Gardés", { exact: true }).click();
  await animateur.getByRole("button", { name: "Filtrer" }).click();
  await animateur.getByRole("heading", { name: `${ours.length} binômes` }).waitFor();
  const [taken, ...others] = ours;
  await animateur.getByRole("link", { name: taken.mentee.displayName }).waitFor();
  // On a phone, the action column is reached by scrolling the table, not the page: the pair is taken out at 375 px.
  await animateur.setViewportSize({ width: 375, height: 800 });
  const takeOut = animateur.getByRole("button", { name: `Retirer ${pairLabel(taken)}` });
  await takeOut.scrollIntoViewIfNeeded();
  const box = await takeOut.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `the action button is on screen at 375 px: ${JSON.stringify(box)}`);
  const pageWidth = await animateur.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 375, `the page itself does not scroll sideways at 375 px (${pageWidth} px wide)`);
  await takeOut.click();
  await animateur.setViewportSize({ width: 1280, height: 900 });
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
  // Each pair's outcome arrives with the table's next read: wait for the last before counting them.
  await animateur
    .getByText("Demande envoyée", { exact: true })
    .nth(others.length - 1)
    .waitFor();
  assert.equal(await animateur.getByText("Demande envoyée", { exact: true }).count(), others.length);
  await assertAccessible(animateur, "l'appariement confirmé");
  kept = others;
});

test("a mentor finds the request the programme sent in the pending tab", async () => {
  const [pair] = kept;
  const pairedMentor = MENTORS.find(({ name }) => name === pair.mentor.displayName);
  const mentorPage = await openSession(browser, server.baseUrl, pairedMentor);
  await mentorPage.getByRole("heading", { name: /demandes? en attente/ }).waitFor();
  const card = mentorPage.locator(".fr-card", { has: mentorPage.getByRole("link", { name: pair.mentee.displayName }) });
  await card.getByText("Vous accompagnez").waitFor();
  await card.getByText("Proposé par le programme").waitFor();
  await assertAccessible(mentorPage, "les demandes en attente du mentor");
});

test("a mentee left out of the run finds suggested mentors, with their reasons, and asks one", async () => {
  const leftOut = MENTEES.find(({ name }) => !kept.some((pair) => pair.mentee.displayName === name));
  const page = await openSession(browser, server.baseUrl, leftOut);
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
