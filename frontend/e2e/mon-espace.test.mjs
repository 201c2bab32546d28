// « Mon espace », in a real browser against the packaged app: a brand-new member registers, confirms the address,
// follows the three first steps (skills, what to learn, a mentor), and lands on a « Mon espace » showing the request.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const CLAIRE = person("Claire", "Guide", suffix, {
  jobTitle: "Statisticienne",
  skills: [{ code: "r", level: 4 }],
  canMentor: true,
  mentorCapacity: 2,
});
const NINA = person("Nina", "Debutante", suffix);

let server;
let browser;
let page;

before(async () => {
  server = await startServer(basePort + 14);
  CLAIRE.id = await apiOf(server).createMember(CLAIRE);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const welcome = () => page.getByRole("region", { name: "Bienvenue ! Vos trois premiers pas" });

test("signed out, / is the public landing page", async () => {
  await page.goto(server.baseUrl);
  await heading(page, "Spyrales, se former ensemble à la science des données");
});

test("a newcomer registers, confirms the address and lands on « Mon espace » with three first steps", async () => {
  await page.goto(`${server.baseUrl}/inscription`);
  await heading(page, "Créer un compte");
  await page.getByLabel("Prénom").fill(NINA.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(NINA.lastName);
  await page.getByLabel("Adresse électronique professionnelle").fill(NINA.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(NINA.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await heading(page, "Vérifiez votre messagerie");

  await page.goto(await server.lastMailedLink(NINA.email, "/verification"));
  await page.getByText("Adresse confirmée").waitFor();

  await page.goto(`${server.baseUrl}/connexion`);
  await page.getByLabel("Adresse électronique").fill(NINA.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(NINA.password);
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();

  await heading(page, "Mon espace");
  assert.equal(new URL(page.url()).pathname, "/");
  await welcome().getByText("0 sur 3 fait.", { exact: false }).waitFor();
  await page.getByRole("region", { name: "Ce qui attend ma réponse" }).getByText("Aucune demande en attente").waitFor();
  await assertAccessible(page, "Mon espace d'un nouveau membre");
});

test("steps 1 and 2: skills and what to learn, in the profile, tick themselves", async () => {
  await welcome().getByRole("link", { name: "Décrire mes compétences" }).click();
  await heading(page, "Mon profil");
  await page.getByLabel("Compétence à ajouter").selectOption({ label: "R" });
  await page.getByLabel("Niveau de cette compétence").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Ajouter la compétence" }).click();
  await page
    .getByRole("group", { name: /Compétences à développer/ })
    .getByText("Python", { exact: true })
    .click();
  await page.getByText("Je souhaite être accompagné·e (mentoré·e)").click();
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await page.getByText("Votre profil a été enregistré.").waitFor();

  await page.goto(server.baseUrl);
  await heading(page, "Mon espace");
  await welcome().getByText("2 sur 3 faits.", { exact: false }).waitFor();
  assert.equal(await welcome().getByRole("link", { name: "Décrire mes compétences" }).count(), 0, "step 1 is done");
});

test("step 3: the newcomer asks a mentor and « Mon espace » shows the pending request", async () => {
  await welcome().getByRole("link", { name: "Trouver un mentor" }).click();
  await heading(page, "Trouver un mentor");

  await page.goto(`${server.baseUrl}/annuaire`);
  await heading(page, "Annuaire des membres");
  await page.getByLabel("Rechercher un membre").fill(`claire guide-${suffix}`);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: CLAIRE.name }).click();
  await heading(page, CLAIRE.name);
  await page.getByRole("button", { name: "Demander un mentorat" }).click();
  const dialog = page.getByRole("dialog", { name: `Demander un mentorat à ${CLAIRE.name}` });
  await dialog.getByLabel("Votre message").fill("Bonjour Claire, je débute en R et j'aimerais être accompagnée.");
  await dialog.getByLabel("Objectif 1", { exact: true }).fill("Écrire mon premier script R");
  await dialog.getByRole("button", { name: "Envoyer ma demande" }).click();
  await page.getByRole("button", { name: "Retirer ma demande" }).waitFor();

  await page.goto(server.baseUrl);
  await heading(page, "Mon espace");
  const mentorships = page.getByRole("region", { name: "Mes mentorats" });
  await mentorships.getByRole("link", { name: `Ma demande à ${CLAIRE.name}` }).waitFor();
  await mentorships.getByText("En attente de réponse").waitFor();
  assert.equal(await welcome().count(), 0, "the three first steps are done: the welcome is gone");
  await assertAccessible(page, "Mon espace avec une demande en attente");
});
