// Sign-in with ProConnect in a real browser against the packaged app, ProConnect being a local stub
// (proconnect-stub.mjs): an agent who has no account yet clicks the official button on the login page, signs in
// at ProConnect, lands on « Mon espace » and has a profile made from what ProConnect said; signing out ends the ProConnect
// session too.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser } from "./browser.mjs";
import { startProConnectStub } from "./proconnect-stub.mjs";
import { runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const AGENT = {
  sub: `agent-${suffix}`,
  email: `ines.carpentier.${suffix}@numerique.gouv.fr`,
  given_name: "Inès",
  usual_name: "Carpentier",
  siret: "13002526500013",
};

let proConnect;
let server;
let browser;
let page;

before(async () => {
  proConnect = await startProConnectStub({ agent: AGENT });
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 8, { proConnect });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await proConnect?.stop();
});

test("an agent signs in with ProConnect, lands on « Mon espace », and finds their profile made from what ProConnect said", async () => {
  await page.goto(`${server.baseUrl}/connexion`);
  await heading(page, "Connexion à Spyrales");
  const button = page.getByRole("link", { name: /S.identifier avec\s*ProConnect/ });
  await button.waitFor();
  await assertAccessible(page, "la page de connexion avec le bouton ProConnect");

  await button.click();

  // Through ProConnect and back: the browser ends on the app again, on « Mon espace » like any sign-in.
  await page
    .waitForURL((url) => url.origin === server.baseUrl && !url.pathname.startsWith("/api/"))
    .catch(async (error) => {
      throw new Error(`stuck on ${page.url()}: ${(await page.content()).slice(0, 500)}`, { cause: error });
    });
  assert.equal(new URL(page.url()).pathname, "/", `landed on ${page.url()}`);
  await heading(page, "Mon espace");
  await page.getByText("Bonjour Inès, voici où vous en êtes.").waitFor();
  await page.getByRole("link", { name: "Mon profil" }).first().click();
  await heading(page, "Mon profil");
  await assert.doesNotReject(
    page
      .getByRole("textbox", { name: /Prénom/ })
      .first()
      .waitFor(),
  );
  assert.equal(
    await page
      .getByRole("textbox", { name: /Prénom/ })
      .first()
      .inputValue(),
    "Inès",
  );
  await assertAccessible(page, "le profil après la connexion avec ProConnect");
});

test("signing out ends the ProConnect session too", async () => {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await heading(page, "Connexion à Spyrales");
  assert.equal(proConnect.loggedOut.length, 1);
  const [logout] = proConnect.loggedOut;
  assert.ok(logout.id_token_hint, "id_token_hint");
  assert.ok(logout.state, "state");
  assert.equal(logout.post_logout_redirect_uri, `${server.baseUrl}/connexion`);
});
