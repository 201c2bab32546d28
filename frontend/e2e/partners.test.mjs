// Partner API clients in a real browser: this server's administrator registers a client from « Clients partenaires »,
// sees its secret once (the client's page, even reloaded, never shows it; the secret does get a token), renews the
// secret after a confirmation and sees the new one once. The list, the form, the secret and the client's page are
// checked with axe. Everyone is created for this run through the API.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openAnimationPage, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const CLIENT_NAME = `Intranet de l'Agriculture ${suffix}`;

let server;
let browser;
let page;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 11);
  const api = apiOf(server);
  const admin = { ...person("Alex", "Admin", suffix), email: server.adminEmail };
  await api.createMember(admin);
  browser = await launchBrowser();
  page = await openSession(browser, server.baseUrl, admin);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Asks this server for a token with the client credentials: "200" when they are good, else the status and the reason. */
async function tokenStatus(clientId, clientSecret) {
  const answer = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  return answer.ok ? String(answer.status) : `${answer.status} ${await answer.text()}`;
}

test("an administrator registers a partner client and sees its secret once", async () => {
  await openAnimationPage(page, "Clients partenaires");
  await heading(page, "Clients partenaires");
  await assertAccessible(page, "la liste des clients partenaires");

  await page.getByRole("link", { name: "Enregistrer un client" }).click();
  await heading(page, "Enregistrer un client partenaire");
  await page.getByLabel(/^Nom du client/).fill(CLIENT_NAME);
  await page.getByLabel(/^Adresse e-mail du contact technique/).fill(`dsi-${suffix}@agriculture.gouv.fr`);
  const organization = page.getByLabel(/^Organisation/);
  await organization.locator("option").nth(1).waitFor({ state: "attached" });
  await organization.selectOption({ index: 1 });
  await page.getByLabel(/^events:read/).check({ force: true });
  await page.getByLabel(/^resources:read/).check({ force: true });
  await page.getByLabel(/^Limite d'appels par minute/).fill("120");
  await assertAccessible(page, "le formulaire d'un client partenaire");
  await page.getByRole("button", { name: "Enregistrer le client" }).click();

  await heading(page, `Client « ${CLIENT_NAME} » enregistré`);
  await page.getByText("Ce secret ne sera plus affiché").waitFor();
  const secret = (await page.getByTestId("partner-secret").textContent()).trim();
  assert.ok(secret.length >= 20, `a secret: ${secret}`);
  await assertAccessible(page, "le secret affiché une fois");

  await page.getByRole("link", { name: "J'ai copié le secret : voir le client" }).click();
  // The page of the secret's title (« Client « … » enregistré ») holds the name too: wait for the client's own address.
  await page.waitForURL(/\/admin\/partenaires\/[0-9a-f-]{36}$/);
  await heading(page, CLIENT_NAME);
  const clientId = page.url().split("/").pop();
  await page.getByRole("table", { name: "Historique des changements" }).waitFor();
  assert.ok(!(await page.content()).includes(secret), "the client's page does not show the secret");
  await page.reload();
  await heading(page, CLIENT_NAME);
  await page.getByRole("heading", { name: "Usage des 30 derniers jours" }).waitFor();
  assert.ok(!(await page.content()).includes(secret), "nor once reloaded");
  await assertAccessible(page, "la page du client partenaire");
  assert.equal(await tokenStatus(clientId, secret), "200", "the secret shown gets a token");

  await page.getByRole("button", { name: "Renouveler le secret" }).click();
  const dialog = page.getByRole("dialog", { name: `Renouveler le secret de « ${CLIENT_NAME} » ?` });
  await dialog.getByRole("button", { name: "Renouveler le secret" }).click();
  await page.getByText(/L'ancien secret reste accepté jusqu'au/).waitFor();
  const renewed = (await page.getByTestId("partner-secret").textContent()).trim();
  assert.notEqual(renewed, secret);
  await assertAccessible(page, "le nouveau secret");
  assert.equal(await tokenStatus(clientId, renewed), "200", "the new secret gets a token");
  await page.reload();
  await heading(page, CLIENT_NAME);
  assert.ok(!(await page.content()).includes(renewed), "the new secret is not shown again");

  await page.getByRole("link", { name: "Tous les clients partenaires" }).click();
  await heading(page, "Clients partenaires");
  await page.getByRole("link", { name: CLIENT_NAME }).waitFor();
  await assertAccessible(page, "la liste avec le client");
});
