// The training library around its edges, in a real browser against the packaged app (the main journey, from a
// proposal to a path, is training.test.mjs): Léa proposes a resource; Karim, proposing the same address written
// differently, is told at once that it is already under review; the administrator publishes it from the queue and
// refuses Léa's second proposal with a reason, in a dialog; Léa reads the reason and edits her proposal, which goes
// back to review; Karim keeps the published resource in his list, marks it done, rates it and removes his rating;
// the administrator withdraws it, and Karim's list shows it withdrawn. Every page is checked with axe.
// Everyone is created for this run through the API, so that the file expects nothing of the database it finds.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière" });
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Statisticien" });
const TITLE = `Le tutoriel Python ${suffix}`;
const ADDRESS = `https://docs.python.org/fr/3/tutorial/${suffix}/`;
const PAID = `Un cours payant ${suffix}`;
const FREE = `Un cours gratuit ${suffix}`;

let server;
let api;
let browser;
let admin;
/** One browser context, hence one session, per person. */
let lea;
let karim;
let adminPage;
let resourceId;
let paidId;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 6);
  api = apiOf(server);
  for (const member of [LEA, KARIM]) member.id = await api.createMember(member);
  admin = { ...person("Admin", "E2E", suffix), email: server.adminEmail };
  await api.createMember(admin);
  browser = await launchBrowser();
  lea = await openSession(browser, server.baseUrl, LEA);
  karim = await openSession(browser, server.baseUrl, KARIM);
  adminPage = await openSession(browser, server.baseUrl, admin);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("Léa proposes a resource; Karim is told at once that its address is already under review", async () => {
  await lea.goto(`${server.baseUrl}/ressources`);
  await heading(lea, "Bibliothèque de ressources");
  await lea.getByRole("heading", { level: 2, name: /ressource/ }).waitFor();
  await assertAccessible(lea, "la bibliothèque");
  await lea.getByRole("main").getByRole("link", { name: "Proposer une ressource" }).first().click();
  await heading(lea, "Proposer une ressource");
  await assertAccessible(lea, "le formulaire de ressource");

  await lea.getByLabel(/Adresse de la ressource/).fill(ADDRESS);
  await lea.getByLabel(/^Titre/).fill(TITLE);
  await lea.getByLabel("Type de ressource").selectOption({ label: "Tutoriel" });
  await lea.getByText("Débutant", { exact: true }).click();
  await lea
    .getByRole("group", { name: /^Langage de programmation/ })
    .getByText("Python", { exact: true })
    .click();
  await lea.getByText("En français", { exact: true }).click();
  await lea
    .getByRole("group", { name: /^Thèmes/ })
    .getByText("Python", { exact: true })
    .click();
  await lea.getByLabel(/Durée estimée/).fill("300");
  await lea.getByLabel(/^Description/).fill("Le **tutoriel** officiel, en français.");
  await lea.getByRole("button", { name: "Proposer la ressource" }).click();
  await heading(lea, TITLE);
  await lea.getByText("En attente de relecture").first().waitFor();
  await assertAccessible(lea, "une ressource en attente de relecture");
  resourceId = new URL(lea.url()).pathname.split("/").pop();

  await karim.goto(`${server.baseUrl}/ressources/proposer`);
  await karim.getByLabel(/Adresse de la ressource/).fill(`${ADDRESS.replace("docs.python.org", "DOCS.python.org")}?utm_source=tchap`);
  await karim.getByLabel(/^Titre/).click();
  await karim.getByText("Cette ressource est déjà proposée et en cours de relecture.").waitFor();
});

test("the administrator publishes one proposal from the queue and refuses another with a reason", async () => {
  const { id } = await api.call("POST", "/api/v1/resources", await api.login(LEA), {
    title: PAID,
    url: `https://example.org/cours/${suffix}`,
    type: "COURSE",
    programmingLanguage: "R",
    level: "INTERMEDIATE",
    topics: ["r"],
    contentLanguage: "FR",
    free: false,
  });
  paidId = id;

  await adminPage.goto(`${server.baseUrl}/animation/ressources`);
  await heading(adminPage, "Ressources à relire");
  await adminPage.getByRole("heading", { level: 2, name: /proposition/ }).waitFor();
  await assertAccessible(adminPage, "la file de relecture");
  await adminPage.getByRole("button", { name: `Publier ${TITLE}` }).click();
  await adminPage.getByText(`« ${TITLE} » est publiée dans la bibliothèque.`).waitFor();

  await adminPage.getByRole("button", { name: `Refuser ${PAID}` }).click();
  const dialog = adminPage.getByRole("dialog", { name: `Refuser « ${PAID} » ?` });
  await dialog.getByLabel(/Motif/).fill("Le cours est payant : proposez plutôt une ressource gratuite.");
  await assertAccessible(adminPage, "le motif du refus");
  await dialog.getByRole("button", { name: "Refuser la ressource" }).click();
  await adminPage.getByText(`« ${PAID} » est refusée ; son auteur est prévenu.`).waitFor();
});

test("Léa reads the reason, and her edited proposal goes back to review", async () => {
  await lea.goto(`${server.baseUrl}/notifications`);
  await lea
    .getByRole("link", { name: new RegExp(PAID) })
    .first()
    .waitFor();
  await lea.goto(`${server.baseUrl}/ressources/mes-propositions`);
  await heading(lea, "Mes propositions de ressources");
  await lea.getByText("Motif du refus : Le cours est payant : proposez plutôt une ressource gratuite.").waitFor();
  await assertAccessible(lea, "mes propositions");

  await lea.getByRole("link", { name: PAID }).click();
  await lea.getByText("Cette proposition a été refusée").waitFor();
  await assertAccessible(lea, "une proposition refusée");
  await lea.getByRole("link", { name: "Modifier la ressource" }).click();
  await heading(lea, `Modifier « ${PAID} »`);
  await assertAccessible(lea, "la modification d'une proposition");
  await lea.getByLabel(/^Titre/).fill(FREE);
  await lea.getByLabel("Gratuite").check({ force: true });
  await lea.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await heading(lea, FREE);
  await lea.getByText("En attente de relecture").first().waitFor();
  const edited = await api.call("GET", `/api/v1/resources/${paidId}`, await api.login(LEA));
  assert.equal(edited.status, "PROPOSED");
  assert.equal(edited.free, true);
});

test("Karim finds the resource, keeps it, marks it done, rates it and removes his rating", async () => {
  await karim.goto(`${server.baseUrl}/ressources?q=tutoriel`);
  await karim.getByRole("heading", { name: TITLE }).waitFor();
  await assertAccessible(karim, "une recherche");
  await karim.getByRole("button", { name: new RegExp(`Ajouter à ma liste : ${TITLE}`) }).click();
  await karim.getByRole("button", { name: new RegExp(`Retirer de ma liste : ${TITLE}`) }).waitFor();

  await karim.getByRole("link", { name: TITLE }).click();
  await heading(karim, TITLE);
  await karim.getByLabel(/J'ai terminé cette ressource/).click({ force: true });
  await karim.getByText("Terminée", { exact: true }).first().waitFor();
  await karim.getByLabel(/^4 étoiles/).check({ force: true });
  await karim.getByLabel(/Commentaire/).fill("Très clair pour débuter.");
  await karim.getByRole("button", { name: "Enregistrer mon avis" }).click();
  await karim.getByText("Merci ! Votre avis est enregistré.").waitFor();
  await karim.getByRole("region", { name: "Avis des membres" }).getByText("Très clair pour débuter.").waitFor();
  await assertAccessible(karim, "une ressource notée");

  await karim.getByRole("button", { name: "Supprimer mon avis" }).click();
  await karim.getByRole("dialog", { name: "Supprimer votre avis ?" }).getByRole("button", { name: "Supprimer mon avis" }).click();
  await karim.getByText("Votre avis est supprimé.").waitFor();
  const view = await api.call("GET", `/api/v1/resources/${resourceId}`, await api.login(KARIM));
  assert.equal(view.ratingCount, 0);
  assert.equal(view.done, true);
});

test("the administrator withdraws the resource, and Karim's list shows it withdrawn", async () => {
  await adminPage.goto(`${server.baseUrl}/ressources/${resourceId}`);
  await heading(adminPage, TITLE);
  await adminPage.getByRole("button", { name: "Retirer de la bibliothèque" }).click();
  const dialog = adminPage.getByRole("dialog", { name: `Retirer « ${TITLE} » de la bibliothèque ?` });
  await dialog.getByLabel(/Motif/).fill("Le lien ne mène plus au tutoriel.");
  await dialog.getByRole("button", { name: "Retirer la ressource" }).click();
  await adminPage.getByText("Cette ressource a été retirée de la bibliothèque").waitFor();
  await dialog.waitFor({ state: "hidden" });
  await assertAccessible(adminPage, "une ressource retirée");

  await karim.goto(`${server.baseUrl}/ressources/ma-liste`);
  await heading(karim, "Ma liste de ressources");
  const card = karim.locator(".fr-card", { has: karim.getByRole("heading", { name: TITLE }) });
  await card.getByText("Retirée", { exact: true }).waitFor();
  await assertAccessible(karim, "ma liste");
});
