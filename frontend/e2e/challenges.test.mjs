// « La Piscine » in a real browser against the packaged app: an animateur publishes a challenge open now, on a
// data.gouv.fr dataset answered by a local stub; a member submits an entry and sees it saved; another member sees
// that an entry exists but not what it says, until the close.
// Everyone is created for the test through the API; the animateur is made so by this server's own administrator.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { COVID_HOSPITAL, startDataGouvStub } from "./datagouv-stub.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const ANIMATEUR = person("Nadia", "Ferrand", suffix, { jobTitle: "Animatrice de la communauté" });
const SWIMMER = person("Théo", "Marchal", suffix, { jobTitle: "Chargé d'études" });
const OTHER = person("Inès", "Collin", suffix, { jobTitle: "Statisticienne" });
const TITLE = `Les hospitalisations pendant l'épidémie ${suffix}`;
const ENTRY_TEXT = `Le pic des hospitalisations tombe en avril 2020 (${suffix}).`;

let stub;
let server;
let api;
let browser;
let challengeId;

/** A datetime-local value: the time in Paris `minutes` from now. */
function parisLocal(minutes) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map(({ type, value }) => [type, value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

before(async () => {
  stub = await startDataGouvStub();
  // The other files have the first ports; a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 4, { dataGouvUrl: stub.baseUrl });
  api = apiOf(server);
  for (const member of [ANIMATEUR, SWIMMER, OTHER]) member.id = await api.createMember(member);
  const admin = await api.createAdmin();
  await api.call("PUT", `/api/v1/members/${ANIMATEUR.id}/roles/animateur`, admin);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await stub?.stop();
});

test("an animateur publishes a challenge open now, on a data.gouv.fr dataset checked through the stub", async () => {
  const page = await openSession(browser, server.baseUrl, ANIMATEUR);
  await page.getByRole("link", { name: "La Piscine", exact: true }).first().click();
  await heading(page, "La Piscine");
  await page.getByRole("tab", { name: "En cours" }).waitFor();
  await page.getByRole("heading", { level: 2, name: /défi|Aucun/ }).waitFor();
  await assertAccessible(page, "La Piscine");

  await page.getByRole("link", { name: "Publier un défi" }).click();
  await heading(page, "Publier un défi");
  await page.getByLabel(/^Titre du défi/).fill(TITLE);
  await page
    .getByLabel(/^Consigne/)
    .fill("Quand les hospitalisations ont-elles été **les plus nombreuses** ?\n\n- par département\n- par sexe");
  await page.getByLabel(/^Adresse du jeu de données sur data.gouv.fr/).fill(COVID_HOSPITAL.page);
  await page.getByLabel(/^Niveau suggéré/).selectOption("1");
  await page.getByLabel(/^Langage suggéré/).selectOption("BOTH");
  await page.getByLabel(/^Ouverture/).fill(parisLocal(-5));
  await page.getByLabel(/^Clôture/).fill(parisLocal(7 * 24 * 60));
  await assertAccessible(page, "le formulaire d'un défi");
  await page.getByRole("button", { name: "Publier le défi" }).click();

  await heading(page, TITLE);
  challengeId = new URL(page.url()).pathname.split("/").pop();
  await page.getByText("Le défi est publié.").waitFor();
  await page.getByRole("main").getByText("les plus nombreuses", { exact: true }).waitFor();
  await page.getByText(COVID_HOSPITAL.title).first().waitFor();
  await page.getByText("Santé publique France").waitFor();
  await page.getByText("Vérifié", { exact: true }).waitFor();
  await page.getByText("En cours", { exact: true }).first().waitFor();
  await assertAccessible(page, "la page du défi, côté animateur");
  await page.context().close();
});

test("a member submits an entry, kept and shown to them as saved", async () => {
  assert.ok(challengeId, "the challenge of the first test");
  const page = await openSession(browser, server.baseUrl, SWIMMER);
  await page.getByRole("link", { name: "La Piscine", exact: true }).first().click();
  await heading(page, "La Piscine");
  await page.getByRole("link", { name: TITLE }).click();
  await heading(page, TITLE);
  await page.getByText(/Ne commencez pas en avance, ne copiez pas/).waitFor();
  await assertAccessible(page, "la page d'un défi ouvert");

  await page.getByRole("button", { name: "Déposer ma participation" }).click();
  await page.getByText("Sans lien, dites en quelques lignes ce que vous avez trouvé.").waitFor();
  await page.getByLabel(/^Ce que vous avez trouvé/).fill(ENTRY_TEXT);
  await page.getByLabel("Langage ou outil utilisé").selectOption("PYTHON");
  await page.locator("label", { hasText: "Je partage un travail inachevé" }).click();
  await page.getByLabel(/^Ce qui m'a bloqué/).fill("Les départements d'outre-mer manquent les premières semaines.");
  await page.getByRole("button", { name: "Déposer ma participation" }).click();

  await page.getByText(/Votre participation est enregistrée/).waitFor();
  await page.getByText("Participation enregistrée").waitFor();
  await page.getByText(ENTRY_TEXT).waitFor();
  await assertAccessible(page, "ma participation enregistrée");

  await page.reload();
  await heading(page, TITLE);
  await page.getByText(ENTRY_TEXT).waitFor();
  await page.getByText("1 participation pour l'instant", { exact: false }).waitFor();
  await page.context().close();
});

test("another member sees that an entry exists, not what it says, until the close", async () => {
  const page = await openSession(browser, server.baseUrl, OTHER);
  await page.goto(`${server.baseUrl}/`);
  // « Mon espace » names the challenge of the week in its own block, with a link to it.
  const weekly = page.getByRole("region", { name: "Le défi de la semaine" });
  await weekly.getByRole("link").first().waitFor();
  await assertAccessible(page, "« Mon espace » avec le défi de la semaine");

  await page.goto(`${server.baseUrl}/piscine/${challengeId}`);
  await heading(page, TITLE);
  await page.getByText(/1 participation pour l'instant/).waitFor();
  await page.getByRole("button", { name: "Déposer ma participation" }).waitFor();
  assert.equal(await page.getByText(ENTRY_TEXT).count(), 0, "the entry's text stays hidden");
  await assertAccessible(page, "un défi ouvert, vu d'un autre membre");

  const { items } = await api.call("GET", `/api/v1/challenges/${challengeId}/entries`, await api.login(OTHER));
  assert.deepEqual(items, [], "the API gives no one else's entry before the close");
  await page.context().close();
});
