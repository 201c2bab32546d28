// A shared project from its proposal to its first new member, in a real browser against the packaged app:
// Claire proposes a project with the form, declaring a data.gouv.fr dataset that the form checks before saving
// (data.gouv.fr is a local stub) and attesting it uses open data only; Léa finds it in the list, reads it
// and asks to join with a message; Claire sees the request on the project page and accepts; Léa is in the team
// and finds the project under « Mes projets ». Both are created for this run through the API.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { COVID_HOSPITAL, startDataGouvStub } from "./datagouv-stub.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const CLAIRE = person("Claire", "Fontaine", suffix, { jobTitle: "Statisticienne", skills: [{ code: "python", level: 4 }] });
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière", learningSkills: ["python"] });
const TITLE = `Résultats des élections ${suffix}`;

let dataGouv;
let server;
let browser;
/** One browser context, hence one session, per person. */
let claire;
let lea;
let projectUrl;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  dataGouv = await startDataGouvStub();
  server = await startServer(basePort + 3, { dataGouvUrl: dataGouv.baseUrl });
  const api = apiOf(server);
  for (const member of [CLAIRE, LEA]) member.id = await api.createMember(member);
  browser = await launchBrowser();
  claire = await openSession(browser, server.baseUrl, CLAIRE);
  lea = await openSession(browser, server.baseUrl, LEA);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await dataGouv?.stop();
});

test("Claire proposes a project, attesting that it uses open data only", async () => {
  await claire.getByRole("link", { name: "Projets", exact: true }).first().click();
  await heading(claire, "Projets partagés");
  await assertAccessible(claire, "la liste des projets");
  await claire.getByRole("main").getByRole("link", { name: "Proposer un projet" }).first().click();
  await heading(claire, "Proposer un projet");
  await assertAccessible(claire, "le formulaire de projet");

  await claire.getByLabel(/^Titre/).fill(TITLE);
  await claire
    .getByLabel(/^Résumé/)
    .fill("Cartographier les résultats des élections par commune, avec les données du ministère de l'Intérieur.");
  await claire.getByLabel(/^Description \(facultatif\)/).fill("## Objectif\n\nUne carte **par commune**.");
  await claire.getByLabel(/^Thèmes \(facultatif\)/).fill("élections, territoires");
  await claire.getByText("Python et R", { exact: true }).click();
  await claire.getByLabel("État du projet").selectOption({ label: "Recherche d'équipe" });
  await claire.getByLabel(/^Dépôt de code/).fill("https://github.com/spyrales/elections");
  await claire.getByLabel("Compétence à rechercher").selectOption({ label: "Python" });
  await claire.getByLabel("Niveau voulu", { exact: true }).selectOption("2");
  await claire.getByRole("button", { name: "Ajouter", exact: true }).click();

  // The dataset, pasted as its data.gouv.fr page: the form shows what data.gouv.fr says before anything is saved.
  await claire.getByLabel(/^Lien data.gouv.fr/).fill(COVID_HOSPITAL.page);
  await claire.getByRole("button", { name: "Vérifier" }).click();
  await claire.getByText("Producteur : Santé publique France").waitFor();
  await claire.getByText("Licence : Licence Ouverte / Open Licence version 2.0").waitFor();
  await claire.getByText("Licence ouverte reconnue par data.gouv.fr.").waitFor();
  await assertAccessible(claire, "la vérification d'un jeu de données");
  await claire.getByRole("button", { name: "Ajouter au projet" }).click();
  await claire.getByText(`${COVID_HOSPITAL.title} est ajouté au projet.`).waitFor({ state: "attached" });

  // Without the attestation, nothing is sent.
  await claire.getByRole("button", { name: "Proposer le projet" }).click();
  await claire.getByText("Cochez l'attestation : un projet Spyrales n'utilise que des données ouvertes.").waitFor();
  await assertAccessible(claire, "le formulaire de projet en erreur");
  await claire.getByText(/J'atteste que ce projet utilise uniquement des données ouvertes/).click();
  await claire.getByRole("button", { name: "Proposer le projet" }).click();

  await heading(claire, TITLE);
  await claire.getByText("Votre projet est proposé.", { exact: false }).waitFor();
  await claire.getByRole("heading", { name: "Objectif" }).waitFor();
  await claire.getByText(new RegExp(`${CLAIRE.name} a attesté le`)).waitFor();
  const datasets = claire.getByRole("region", { name: "Jeux de données" });
  await datasets.getByRole("link", { name: COVID_HOSPITAL.title }).waitFor();
  await datasets.getByText("Producteur : Santé publique France").waitFor();
  projectUrl = claire.url();
  await assertAccessible(claire, "la page du projet (responsable)");
});

test("Léa finds the project in the list and asks to join with a message", async () => {
  await lea.getByRole("link", { name: "Projets", exact: true }).first().click();
  await heading(lea, "Projets partagés");
  await lea.getByLabel(/^Rechercher un projet/).fill(`elections ${suffix}`);
  await lea.locator("label", { hasText: "Correspond à mes compétences" }).click();
  await lea.getByRole("button", { name: "Rechercher" }).click();
  await lea.getByRole("heading", { name: "1 projet trouvé" }).waitFor();
  assert.match(lea.url(), /needsMySkills=true/);
  await assertAccessible(lea, "les résultats de la recherche de projets");

  await lea.getByRole("link", { name: TITLE }).click();
  await heading(lea, TITLE);
  await assertAccessible(lea, "la page du projet (hors de l'équipe)");
  await lea.getByRole("button", { name: "Demander à rejoindre l'équipe" }).click();
  const dialog = lea.getByRole("dialog", { name: new RegExp(`Rejoindre « ${TITLE} »`) });
  await dialog.getByLabel(/^Votre message/).fill("Bonjour, j'apprends Python et les cartes m'intéressent.");
  await assertAccessible(lea, "la demande pour rejoindre un projet");
  await dialog.getByRole("button", { name: "Envoyer ma demande" }).click();
  await lea.getByText("Votre demande pour rejoindre l'équipe est en attente", { exact: false }).waitFor();
  await assertAccessible(lea, "la page du projet (demande en attente)");
});

test("Claire accepts Léa's request from the project page", async () => {
  await claire.goto(projectUrl);
  await heading(claire, TITLE);
  await claire.getByText("Bonjour, j'apprends Python et les cartes m'intéressent.").waitFor();
  await assertAccessible(claire, "les demandes pour rejoindre le projet");
  await claire.getByRole("button", { name: `Accepter la demande de ${LEA.name}` }).click();
  await claire.getByText(`${LEA.name} fait maintenant partie de l'équipe.`).waitFor();
  await claire.getByRole("region", { name: "Équipe" }).getByRole("link", { name: LEA.name }).waitFor();
  await assertAccessible(claire, "la page du projet après l'acceptation");
});

test("Léa is in the team and finds the project under « Mes projets »", async () => {
  await lea.goto(`${server.baseUrl}/projets/mes-projets`);
  await heading(lea, "Mes projets");
  await lea.getByRole("region", { name: "Mes équipes" }).getByRole("link", { name: TITLE }).waitFor();
  await lea.getByText("Aucune demande en attente de réponse.").waitFor();
  await assertAccessible(lea, "mes projets");
  await lea.getByRole("link", { name: TITLE }).click();
  await heading(lea, TITLE);
  await lea.getByRole("button", { name: "Quitter le projet" }).waitFor();
});
