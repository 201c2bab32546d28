// The newcomer's journey, in a real browser against the packaged app:
// register → confirm with the mailed link → log in → fill in the profile → find oneself → log out.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, launchBrowser } from "./browser.mjs";
import { baseUrl, startServer } from "./server.mjs";

let server;
let browser;
let page;

const suffix = Math.random().toString(36).slice(2, 8);
const agent = {
  firstName: "Anaïs",
  lastName: `Lefèvre-${suffix}`,
  email: `anais.lefevre.${suffix}@dgfip.finances.gouv.fr`,
  password: "tableaux-croises-et-ggplot2",
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function heading(text) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

test("the home page presents the community and its figures", async () => {
  await page.goto(baseUrl);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.getByText("Ne laisser personne sur le bord de la route").first().waitFor();
  await assertAccessible(page, "l'accueil");
});

test("a newcomer registers with a professional address", async () => {
  await page.getByRole("link", { name: "Inscription" }).first().click();
  await heading("Créer un compte");
  await assertAccessible(page, "l'inscription");
  await page.getByLabel("Prénom").fill(agent.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(agent.lastName);
  await page.getByLabel("Adresse électronique professionnelle").fill(agent.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(agent.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await heading("Vérifiez votre messagerie");
  await assertAccessible(page, "la page « vérifiez vos mails »");
});

test("the link from the mail confirms the address", async () => {
  const link = await server.lastMailedLink(agent.email, "/verification");
  await page.goto(link);
  await page.getByText("Adresse confirmée").waitFor();
  await assertAccessible(page, "la confirmation");
});

test("an unknown password is refused, the right one logs in", async () => {
  await page.getByRole("main").getByRole("link", { name: "Se connecter" }).click();
  await heading("Connexion à Spyrales");
  await assertAccessible(page, "la connexion");
  await page.getByLabel("Adresse électronique").fill(agent.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("ce-n-est-pas-le-bon");
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();
  await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();

  await page.getByLabel("Mot de passe", { exact: true }).fill(agent.password);
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();
  // After login, a member lands on « Mon espace »; its first step leads to the profile.
  await heading("Mon espace");
  await page.getByRole("link", { name: "Décrire mes compétences" }).click();
  await heading("Mon profil");
  await assertAccessible(page, "mon profil");
});

test("the newcomer fills in the profile", async () => {
  await page.getByLabel("Intitulé du poste").fill("Inspectrice des finances publiques");
  await page.getByLabel("Organisation").selectOption({ label: "Direction générale des Finances publiques (DGFiP)" });
  await page.getByLabel("Région").selectOption({ label: "Bretagne" });
  await page.getByLabel("Présentation").fill("J'apprends R pour analyser les données ouvertes de Santé publique France.");
  await page.getByLabel("Compétence à ajouter").selectOption({ label: "R" });
  await page.getByLabel("Niveau de cette compétence").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Ajouter la compétence" }).click();
  await page.getByText("Je souhaite être accompagné·e (mentoré·e)").click();
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await page.getByText("Votre profil a été enregistré.").waitFor();
  await assertAccessible(page, "mon profil enregistré");

  await page.reload();
  await heading("Mon profil");
  assert.equal(await page.getByLabel("Intitulé du poste").inputValue(), "Inspectrice des finances publiques");
});

test("the newcomer finds themself in the directory", async () => {
  await page.getByRole("link", { name: "Annuaire", exact: true }).first().click();
  await heading("Annuaire des membres");
  await assertAccessible(page, "l'annuaire");
  // Accents and case do not matter.
  await page.getByLabel("Rechercher un membre").fill(`anais lefevre-${suffix}`);
  await page.getByRole("button", { name: "Rechercher" }).click();
  const card = page.getByRole("link", { name: new RegExp(`Anaïs Lefèvre-${suffix}`) });
  await card.waitFor();
  assert.match(page.url(), /q=anais/);
  await assertAccessible(page, "les résultats de l'annuaire");

  await card.click();
  await heading(`Anaïs Lefèvre-${suffix}`);
  await page.getByText("Inspectrice des finances publiques").waitFor();
  await assertAccessible(page, "la fiche d'un membre");
});

test("the newcomer logs out and the profile is closed again", async () => {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await page.getByText("Vous êtes déconnecté·e").waitFor();
  await assertAccessible(page, "l'accueil après la déconnexion");
  await page.goto(`${baseUrl}/profil`);
  await heading("Connexion à Spyrales");
  await assertAccessible(page, "la connexion demandée pour ouvrir mon profil");
});
