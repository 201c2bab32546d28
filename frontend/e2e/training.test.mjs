// Training resources and learning paths, in a real browser against the packaged app:
// Léa proposes a resource with the form; Karim, an animateur, publishes it from the moderation queue; Léa finds it
// in the library with its facet count and rates it; Claire, who can mentor, writes a learning path with it and a
// second resource (moved up with « Monter ») and publishes it; Léa follows the path and ticks a step; Claire,
// Léa's mentor, links the path to a goal of their pairing and sees Léa's progress, which Léa reads there too.
// Everyone is created for this run through the API (Karim made animateur by this server's own administrator; the
// second resource proposed by him, hence published at once; the pairing requested and accepted), so that the file
// expects nothing of the database it finds.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière", wantsMentor: true, learningSkills: ["python"] });
const CLAIRE = person("Claire", "Fontaine", suffix, {
  jobTitle: "Statisticienne",
  skills: [{ code: "python", level: 4 }],
  canMentor: true,
  mentorCapacity: 2,
});
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Chef de projet données" });

const RESOURCE = `Manipuler des tableaux avec pandas ${suffix}`;
const RESOURCE_URL = `https://pandas.pydata.org/docs/user_guide/${suffix}.html`;
const FIRST_STEPS = `Installer Python et Jupyter ${suffix}`;
const PATH = `Débuter avec pandas ${suffix}`;
const PAIRING_TITLE = `Mentorat de ${LEA.name} avec ${CLAIRE.name}`;

let server;
let browser;
/** One browser context, hence one session, per person. */
let lea;
let karim;
let claire;
let pathUrl;
let pairingId;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 5);
  const api = apiOf(server);
  for (const member of [LEA, CLAIRE, KARIM]) member.id = await api.createMember(member);
  const admin = await api.createAdmin();
  await api.call("PUT", `/api/v1/members/${KARIM.id}/roles/animateur`, admin);
  // An animateur's proposal is published at once: the second step of Claire's path.
  await api.call("POST", "/api/v1/resources", await api.login(KARIM), {
    title: FIRST_STEPS,
    url: `https://docs.python.org/fr/3/tutorial/${suffix}.html`,
    type: "TUTORIAL",
    programmingLanguage: "PYTHON",
    level: "BEGINNER",
    topics: ["python"],
    contentLanguage: "FR",
    durationMinutes: 60,
    free: true,
  });
  const pairing = await api.call("POST", "/api/v1/mentorships", await api.login(LEA), {
    mentorId: CLAIRE.id,
    message: "Bonjour Claire, je voudrais apprendre pandas pour mes tableaux de suivi.",
    goals: ["Lire un fichier CSV avec pandas"],
  });
  pairingId = pairing.id;
  await api.call("POST", `/api/v1/mentorships/${pairingId}/accept`, await api.login(CLAIRE));
  browser = await launchBrowser();
  lea = await openSession(browser, server.baseUrl, LEA);
  karim = await openSession(browser, server.baseUrl, KARIM);
  claire = await openSession(browser, server.baseUrl, CLAIRE);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("Léa proposes a resource with the form", async () => {
  await lea.goto(`${server.baseUrl}/ressources/proposer`);
  await heading(lea, "Proposer une ressource");
  await assertAccessible(lea, "le formulaire de proposition de ressource");

  await lea.getByLabel(/^Adresse de la ressource/).fill(RESOURCE_URL);
  await lea.getByLabel(/^Titre/).fill(RESOURCE);
  await lea.getByLabel("Type de ressource").selectOption({ label: "Tutoriel" });
  await lea.getByRole("group", { name: "Niveau" }).locator("label", { hasText: "Débutant" }).click();
  await lea
    .getByRole("group", { name: "Langage de programmation" })
    .locator("label", { hasText: /^Python$/ })
    .click();
  await lea.getByRole("group", { name: "Langue du contenu" }).locator("label", { hasText: "En anglais" }).click();
  await lea
    .getByRole("group", { name: /^Thèmes/ })
    .locator("label", { hasText: /^Python$/ })
    .click();
  await lea.getByLabel(/^Durée estimée/).fill("90");
  await lea.getByRole("button", { name: "Proposer la ressource" }).click();

  await heading(lea, RESOURCE);
  await lea.getByText("Merci ! Votre proposition est enregistrée", { exact: false }).waitFor();
  await assertAccessible(lea, "la ressource proposée, vue par la personne qui l'a proposée");
});

test("Karim, an animateur, publishes it from the moderation queue", async () => {
  await karim.goto(`${server.baseUrl}/animation/ressources`);
  await heading(karim, "Ressources à relire");
  await karim.getByRole("heading", { name: RESOURCE }).waitFor();
  await assertAccessible(karim, "la file de relecture des ressources");
  await karim.getByRole("button", { name: `Publier ${RESOURCE}` }).click();
  await karim.getByText(`« ${RESOURCE} » est publiée dans la bibliothèque.`).waitFor();
});

test("Léa finds it in the library, with its count under each filter, and rates it", async () => {
  await lea.goto(`${server.baseUrl}/ressources`);
  await heading(lea, /Bibliothèque/);
  await lea.getByLabel(/^Rechercher une ressource/).fill(`pandas ${suffix}`);
  await lea.getByRole("button", { name: "Rechercher" }).click();
  await lea.getByRole("heading", { name: "1 ressource trouvée" }).waitFor();
  // Counted under the search: one tutorial, no video.
  await lea.getByLabel("Tutoriel (1)").waitFor({ state: "attached" });
  await lea.getByLabel("Vidéo (0)").waitFor({ state: "attached" });
  await assertAccessible(lea, "les résultats de la bibliothèque");

  await lea.getByRole("link", { name: RESOURCE }).click();
  await heading(lea, RESOURCE);
  const rating = lea.getByRole("region", { name: "Mon avis" });
  await rating.locator("label", { hasText: "4 étoiles" }).click();
  await rating.getByLabel("Commentaire (facultatif)").fill("Clair et progressif, avec des exemples sur de vraies données.");
  await rating.getByRole("button", { name: "Enregistrer mon avis" }).click();
  await lea.getByText("4,0 sur 5 (1 avis)").first().waitFor();
  await assertAccessible(lea, "la ressource notée");
});

test("Claire writes a learning path with both resources, puts them in order and publishes it", async () => {
  await claire.goto(`${server.baseUrl}/parcours`);
  await heading(claire, "Parcours d'apprentissage");
  await assertAccessible(claire, "la liste des parcours");
  await claire.getByRole("main").getByRole("link", { name: "Créer un parcours" }).click();
  await heading(claire, "Créer un parcours");

  await claire.getByLabel(/^Titre du parcours/).fill(PATH);
  await claire.getByLabel(/^Objectif/).fill("Lire un fichier CSV et en tirer un premier tableau avec pandas.");
  await claire.getByLabel("Niveau visé").selectOption("BEGINNER");
  await claire.getByLabel("Langage").selectOption("PYTHON");
  await claire
    .getByRole("group", { name: /^Compétences travaillées/ })
    .locator("label", { hasText: /^Python$/ })
    .click();
  await claire.getByLabel(/^Durée estimée/).fill("150");
  await assertAccessible(claire, "le formulaire de parcours");
  await claire.getByRole("button", { name: "Créer le brouillon" }).click();

  await heading(claire, `Modifier « ${PATH} »`);
  for (const title of [RESOURCE, FIRST_STEPS]) {
    await claire.getByLabel(/^Chercher une ressource publiée/).fill(suffix);
    await claire.getByRole("button", { name: "Chercher", exact: true }).click();
    await claire.getByRole("radio", { name: new RegExp(title) }).check({ force: true });
    if (title === RESOURCE)
      await claire
        .getByLabel(/^Conseil de l'auteur/)
        .last()
        .fill("Faites les exemples au fur et à mesure.");
    await claire.getByRole("button", { name: "Ajouter l'étape" }).click();
    await claire.getByText(`« ${title} » est ajoutée à la fin du parcours.`).waitFor();
  }
  const steps = claire.getByRole("list", { name: "Étapes du parcours" });
  await steps.getByRole("heading", { name: `Étape 2 : ${FIRST_STEPS}` }).waitFor();
  await assertAccessible(claire, "l'éditeur de parcours");

  // Installing comes first: moved up with the keyboard, and the focus stays on the step's controls.
  await claire.getByRole("button", { name: `Monter l'étape 2 (${FIRST_STEPS})` }).focus();
  await claire.keyboard.press("Enter");
  await steps.getByRole("heading", { name: `Étape 1 : ${FIRST_STEPS}` }).waitFor();
  await steps.getByRole("heading", { name: `Étape 2 : ${RESOURCE}` }).waitFor();
  await claire.getByText(`« ${FIRST_STEPS} » est maintenant l'étape 1 sur 2.`).waitFor({ state: "attached" });
  assert.equal(
    await claire.evaluate(() => document.activeElement?.textContent),
    `Descendre l'étape 1 (${FIRST_STEPS})`,
    "the focus stays on the moved step",
  );

  await claire.getByRole("button", { name: "Publier le parcours" }).click();
  await heading(claire, PATH);
  await claire.getByText("Le parcours est publié.").waitFor();
  pathUrl = claire.url();
  await assertAccessible(claire, "le parcours publié, vu par son autrice");
});

test("Léa finds the path, follows it and ticks the first step", async () => {
  await lea.goto(`${server.baseUrl}/parcours`);
  await heading(lea, "Parcours d'apprentissage");
  await lea.getByLabel(/^Rechercher un parcours/).fill(suffix);
  await lea.getByRole("button", { name: "Rechercher" }).click();
  await lea.getByRole("heading", { name: "1 parcours trouvé" }).waitFor();
  await lea.getByRole("link", { name: PATH }).click();
  await heading(lea, PATH);
  assert.equal(lea.url(), pathUrl);
  await lea.getByText("Faites les exemples au fur et à mesure.").waitFor();
  await assertAccessible(lea, "le parcours, avant de le suivre");

  await lea.getByRole("button", { name: "Suivre ce parcours" }).click();
  await lea.getByText("Ma progression : 0 étape terminée sur 2 (0 %)").waitFor();
  await lea.locator("label", { hasText: `J'ai terminé l'étape 1 (${FIRST_STEPS})` }).click();
  await lea.getByText("Ma progression : 1 étape terminée sur 2 (50 %)").waitFor();
  await assertAccessible(lea, "le parcours suivi, une étape cochée");

  await lea.goto(`${server.baseUrl}/parcours/mes-parcours`);
  await heading(lea, "Mes parcours");
  await lea.getByRole("region", { name: "Les parcours que je suis" }).getByRole("link", { name: PATH }).waitFor();
  await assertAccessible(lea, "mes parcours");
});

test("Claire links the path to a goal of her pairing with Léa and sees Léa's progress", async () => {
  await claire.goto(`${server.baseUrl}/mentorats/${pairingId}`);
  await heading(claire, PAIRING_TITLE);
  await claire.getByLabel(/^Nouvel objectif/).fill("Suivre le parcours pandas");
  await claire.getByLabel(/^Chercher un parcours publié/).fill(suffix);
  await claire.getByRole("button", { name: "Chercher les parcours" }).click();
  await claire.getByRole("radio", { name: new RegExp(PATH) }).check({ force: true });
  await claire.getByText(`Parcours choisi : ${PATH}`).waitFor();
  await assertAccessible(claire, "le choix d'un parcours pour un objectif");
  await claire.getByRole("button", { name: "Ajouter l'objectif" }).click();

  await claire.getByText(`Progression de ${LEA.name} : 1 étape terminée sur 2 (50 %)`).waitFor();
  await claire.getByRole("link", { name: PATH }).waitFor();
  await assertAccessible(claire, "le mentorat avec la progression sur le parcours");
});

test("Léa reads her own progress under the goal of her pairing", async () => {
  await lea.goto(`${server.baseUrl}/mentorats/${pairingId}`);
  await heading(lea, PAIRING_TITLE);
  await lea.getByText("Ma progression : 1 étape terminée sur 2 (50 %)").waitFor();
  await lea.getByRole("link", { name: PATH }).waitFor();
  await assertAccessible(lea, "le mentorat, côté personne accompagnée, avec sa progression");
});
