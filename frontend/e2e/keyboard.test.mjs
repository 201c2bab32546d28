// Keyboard only, in a real browser against the packaged app: a signed-out visitor opens the directory, is told why
// to log in, logs in and comes back; finds a mentor, opens their page and their request form; sends it with the
// message missing, lands on the error summary, follows its link to the field, and sends the request.
// No click: Tab, Shift+Tab, Enter and typing. Axe on each page and on the error state, with no heading skipped.
// Both people are created for this run through the API, so the file expects nothing of the database it finds.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const MENTEE = person("Sandrine", "Keller", suffix, { jobTitle: "Adjointe administrative", wantsMentor: true, learningSkills: ["r"] });
const MENTOR = person("Mathieu", "Roussel", suffix, {
  jobTitle: "Statisticien",
  skills: [{ code: "r", level: 4 }],
  canMentor: true,
  mentorCapacity: 2,
});

let server;
let browser;
let page;

before(async () => {
  server = await startServer(basePort + 13);
  const api = apiOf(server);
  for (const member of [MENTEE, MENTOR]) member.id = await api.createMember(member);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(locator, { backwards = false, max = 80 } = {}) {
  await locator.waitFor();
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${locator} never got the focus with ${backwards ? "Shift+Tab" : "Tab"}`);
}

test("a visitor sees only what a visitor can use, and is told why to log in", async () => {
  await page.goto(server.baseUrl);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const navigation = page.locator("#fr-header-main-navigation");
  assert.equal(await navigation.getByRole("link", { name: "Mes mentorats" }).count(), 0);
  assert.equal(await navigation.getByRole("link", { name: "Annuaire" }).count(), 0);

  await page.goto(`${server.baseUrl}/annuaire`);
  await heading(page, "Connexion à Spyrales");
  await page.getByText("Connectez-vous pour accéder à l'annuaire des membres.").waitFor();
  await assertAccessible(page, "la connexion demandée pour l'annuaire");
});

test("logs in with the keyboard and comes back to the directory", async () => {
  await tabTo(page.getByLabel("Adresse électronique"));
  await page.keyboard.type(MENTEE.email);
  await tabTo(page.getByLabel("Mot de passe", { exact: true }));
  await page.keyboard.type(MENTEE.password);
  await page.keyboard.press("Enter");
  await heading(page, "Annuaire des membres");
  await assertAccessible(page, "l'annuaire");
});

test("finds the mentor and opens their page", async () => {
  await tabTo(page.getByLabel("Rechercher un membre"));
  await page.keyboard.type(MENTOR.lastName);
  await page.keyboard.press("Enter");
  const card = page.getByRole("link", { name: new RegExp(MENTOR.name) });
  await tabTo(card);
  await page.keyboard.press("Enter");
  await heading(page, MENTOR.name);
  await assertAccessible(page, "la fiche du mentor");
});

test("sending the request with the message missing puts the focus on the error summary, which leads to the field", async () => {
  await tabTo(page.getByRole("button", { name: /Demander un mentorat/ }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Demander un mentorat à ${MENTOR.name}` });
  await dialog.waitFor();
  await assertAccessible(page, "le formulaire de demande");

  await tabTo(dialog.getByLabel("Objectif 1"));
  await page.keyboard.type("Écrire mon premier script R");
  await tabTo(dialog.getByRole("button", { name: "Envoyer ma demande" }));
  await page.keyboard.press("Enter");

  const summary = dialog.getByTestId("error-summary");
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "error-summary");
  await summary.getByText("Votre demande n'a pas été envoyée").waitFor();
  await assertAccessible(page, "le formulaire de demande en erreur");

  // The DSFR modal keeps Tab inside it and may start the cycle again from its own first control.
  const link = summary.getByRole("link", { name: /^Votre message : / });
  await tabTo(link, { max: 20 });
  await page.keyboard.press("Enter");
  assert.ok(await isFocused(dialog.getByLabel(/Votre message/)), "the summary's link puts the focus on the field");

  await page.keyboard.type("Bonjour, je débute en R et j'aimerais progresser sur mes tableaux de suivi.");
  await tabTo(dialog.getByRole("button", { name: "Envoyer ma demande" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/mentorats\/[0-9a-f-]{36}$/);
  await page.getByText(`Votre demande de mentorat a été envoyée à ${MENTOR.name}`).waitFor();
  await assertAccessible(page, "le mentorat demandé");
});

test("a member address that names nobody shows the not-found page", async () => {
  await page.goto(`${server.baseUrl}/membres/pas-un-id`);
  await heading(page, "Page non trouvée");
  assert.equal(await page.getByText("Certains champs sont invalides").count(), 0);
  await assertAccessible(page, "la page non trouvée");
});
