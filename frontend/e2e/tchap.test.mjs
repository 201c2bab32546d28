// The animateurs' Tchap rooms in a real browser against the packaged app: Karim, made animateur by the
// administrator, finds the page from the animation menu, sees that no room is configured, adds the community's room
// with its bot token and the news it announces, and sees it listed without the token; a member is refused the page.
// Every page is checked with axe. No message is sent: no news happens in this file, and no test message is asked
// (the room's homeserver is Tchap's, which a test never reaches).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Animateur de la communauté" });
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière" });
const ROOM = `Spyrales — annonces ${suffix}`;
const TOKEN = `syt_e2e_${suffix}_secret`;

let server;
let browser;
let karim;
let lea;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 9);
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

test("an animateur adds the community's Tchap room and sees it, without its token", async () => {
  await karim.goto(`${server.baseUrl}/animation/tchap`);
  await heading(karim, "Salons Tchap");
  await karim.getByText(/Aucun salon configuré/).waitFor();
  await assertAccessible(karim, "la page des salons Tchap (vide)");

  await karim.getByRole("button", { name: "Ajouter un salon" }).click();
  const form = karim.getByRole("form", { name: "Ajouter un salon" });
  await form.getByLabel(/Nom du salon/).fill(ROOM);
  await form.getByLabel(/Identifiant du salon/).fill(`!e2e${suffix}:agent.tchap.gouv.fr`);
  await form.getByLabel(/Jeton d'accès/).fill(TOKEN);
  await form.getByText("Nouveaux défis de La Piscine", { exact: true }).click();
  await assertAccessible(karim, "le formulaire d'un salon Tchap");
  await form.getByRole("button", { name: "Ajouter le salon" }).click();

  await karim.getByText(`Le salon « ${ROOM} » est ajouté.`).waitFor();
  await karim.getByRole("heading", { level: 2, name: ROOM }).waitFor();
  const news = karim.getByRole("list", { name: `Nouvelles annoncées dans ${ROOM}` });
  assert.equal(await news.getByText("Nouveaux défis de La Piscine").count(), 1);
  await karim.getByText("Aucune annonce publiée pour l'instant", { exact: false }).waitFor();
  assert.equal(await karim.getByText(TOKEN).count(), 0, "the token is never shown back");
  await assertAccessible(karim, "la page des salons Tchap");
});

test("a member who is not an animateur is told the page is reserved", async () => {
  await lea.goto(`${server.baseUrl}/animation/tchap`);
  await heading(lea, "Salons Tchap");
  await lea.getByText("Cette page est réservée aux animateurs et administrateurs.").waitFor();
  await assertAccessible(lea, "la page des salons Tchap (membre)");
});
