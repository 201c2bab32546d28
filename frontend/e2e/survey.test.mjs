// The satisfaction survey in a real browser against the packaged app: Karim, made animateur by the administrator,
// finds the survey pages in the animation menu, sees that no campaign exists, opens one after a confirmation; Léa, a
// member, sees it on « Mon espace », answers it on /enquete (the form first names the questions she skipped), is
// thanked, and is told she already answered when she comes back; Karim reads the results (her answer waits: answers
// enter the results by groups of at least 5), closes the campaign, and then reads it (segments « moins de 5
// réponses »). Every page is checked with axe.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openAnimationPage, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Animateur de la communauté" });
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière", category: "B" });
const TITLE = `Enquête de satisfaction — hiver ${suffix}`;

let server;
let browser;
let karim;
let lea;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 16);
  const api = apiOf(server);
  for (const member of [KARIM, LEA]) member.id = await api.createMember(member);
  const adminToken = await api.createAdmin();
  await api.call("PUT", `/api/v1/members/${KARIM.id}/roles/animateur`, adminToken);
  browser = await launchBrowser();
  karim = await openSession(browser, server.baseUrl, KARIM);
  lea = await openSession(browser, server.baseUrl, LEA);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("an animateur opens a campaign from the animation menu, after a confirmation", async () => {
  await karim.goto(server.baseUrl);
  await heading(karim, "Mon espace");
  await openAnimationPage(karim, "Enquêtes de satisfaction");
  await heading(karim, "Enquêtes de satisfaction");
  await karim.getByText(/Aucune campagne pour l'instant/).waitFor();
  await assertAccessible(karim, "la liste des campagnes (vide)");

  await karim.getByRole("button", { name: "Ouvrir une campagne" }).click();
  await karim.getByLabel(/Titre de la campagne/).fill(TITLE);
  const closesOn = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await karim.getByLabel(/Date de clôture/).fill(closesOn);
  await karim.getByRole("button", { name: "Ouvrir la campagne…" }).click();
  await karim.getByRole("heading", { name: "Confirmer l'ouverture" }).waitFor();
  await assertAccessible(karim, "la confirmation de l'ouverture");
  await karim.getByRole("button", { name: "Ouvrir et envoyer l'enquête" }).click();

  await karim.getByText(`La campagne « ${TITLE} » est ouverte et envoyée aux membres.`).waitFor();
  const row = karim.getByRole("row", { name: new RegExp(TITLE) });
  await row.getByText("Ouverte").waitFor();
});

test("a member sees the survey on « Mon espace », answers it, is thanked, and cannot answer again", async () => {
  await lea.goto(server.baseUrl);
  await heading(lea, "Mon espace");
  const callout = lea.getByRole("heading", { level: 2, name: TITLE });
  await callout.waitFor();
  await assertAccessible(lea, "Mon espace avec l'enquête ouverte");
  await lea.getByRole("link", { name: "Répondre à l'enquête" }).click();

  await heading(lea, TITLE);
  await assertAccessible(lea, "le formulaire de l'enquête");
  await lea.getByRole("button", { name: "Envoyer ma réponse" }).click();
  const summary = lea.getByTestId("error-summary");
  await summary.getByText("4 champs sont à corriger :").waitFor();
  await summary.getByRole("link", { name: "Recommandation : Indiquez une note de 0 à 10." }).waitFor();
  await assertAccessible(lea, "le formulaire de l'enquête avec ses erreurs");

  await lea
    .getByRole("group", { name: /Recommanderiez-vous/ })
    .getByText("9", { exact: true })
    .click();
  await lea.getByText("Plutôt d'accord", { exact: true }).click();
  await lea
    .getByRole("group", { name: /progressé en Python/ })
    .getByText("Beaucoup", { exact: true })
    .click();
  await lea
    .getByRole("group", { name: /progressé en R/ })
    .getByText("Un peu", { exact: true })
    .click();
  await lea.getByText("Du mentorat", { exact: true }).click();
  await lea.getByLabel(/Un commentaire/).fill("Merci pour les ateliers du jeudi !");
  await lea.getByRole("button", { name: "Envoyer ma réponse" }).click();

  await lea.getByRole("heading", { name: "Merci pour votre réponse !" }).waitFor();
  await assertAccessible(lea, "la confirmation de la réponse");

  await lea.goto(`${server.baseUrl}/enquete`);
  await lea.getByRole("heading", { name: "Vous avez déjà répondu à cette enquête" }).waitFor();
  assert.equal(await lea.getByRole("button", { name: "Envoyer ma réponse" }).count(), 0, "no form the second time");
  await assertAccessible(lea, "l'enquête déjà répondue");

  await lea.goto(server.baseUrl);
  await heading(lea, "Mon espace");
  assert.equal(await lea.getByRole("link", { name: "Répondre à l'enquête" }).count(), 0, "the callout is gone once answered");
});

test("the animateur sees one answer waiting, closes the campaign, and then reads it in the results", async () => {
  await karim.goto(`${server.baseUrl}/animation/enquetes`);
  await heading(karim, "Enquêtes de satisfaction");
  await karim.getByRole("link", { name: TITLE }).click();
  await heading(karim, TITLE);
  const key = karim.getByRole("table", { name: "Chiffres clés" });
  await key.getByRole("row", { name: /^Réponses reçues 1$/ }).waitFor();
  await key.getByRole("row", { name: /^Réponses comptées dans les résultats 0$/ }).waitFor();
  await karim.getByText(/1 réponse attend d'être ajoutée\./).waitFor();
  assert.equal(await karim.getByText("Merci pour les ateliers du jeudi !").count(), 0, "a lone answer is not shown before the close");
  await assertAccessible(karim, "les résultats de la campagne, une réponse en attente");

  await karim.getByRole("link", { name: "← Toutes les campagnes" }).click();
  await heading(karim, "Enquêtes de satisfaction");
  await karim.getByRole("button", { name: `Clôturer « ${TITLE} »` }).click();
  await karim.getByText("Clôturer maintenant ? Les membres ne pourront plus répondre.").waitFor();
  await assertAccessible(karim, "la confirmation de la clôture");
  await karim.getByRole("button", { name: "Confirmer la clôture" }).click();
  await karim.getByText(`La campagne « ${TITLE} » est close.`).waitFor();
  await karim
    .getByRole("row", { name: new RegExp(TITLE) })
    .getByText("Close", { exact: true })
    .waitFor();

  await karim.getByRole("link", { name: TITLE }).click();
  await heading(karim, TITLE);
  const closedKey = karim.getByRole("table", { name: "Chiffres clés" });
  await closedKey.getByRole("row", { name: /^Réponses comptées dans les résultats 1$/ }).waitFor();
  await karim.getByText(/Toutes les réponses reçues sont comptées\./).waitFor();
  await karim
    .getByRole("table", { name: "Par catégorie" })
    .getByRole("row", { name: /Catégorie B moins de 5 réponses/ })
    .waitFor();
  await karim.getByText("Merci pour les ateliers du jeudi !").waitFor();
  await assertAccessible(karim, "les résultats de la campagne close");
});
