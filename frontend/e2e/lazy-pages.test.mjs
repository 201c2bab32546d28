// Pages downloaded on their first visit, in a real browser, their code held back or refused at the network: a page
// opened from its address shows the header and a loading message until its code arrives; a link followed on a slow
// connection leaves the page in place and says the next one is coming, then gives it the focus; a page whose code is
// gone (a deployment happened since the tab opened) asks to reload, and the reload shows it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser } from "./browser.mjs";
import { basePort, startServer } from "./server.mjs";

let server;
let browser;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 19);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A first visit: a new context, so nothing in the browser's cache. */
async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  return context.newPage();
}

/** The hashed file of a page's code, e.g. /assets/open-data-page-Ab12_x.js. */
const codeOf = (name) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);

/** Holds the page's code at the network until `release()`; `requested` settles when the browser asks for it. */
async function holdCode(page, name) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let markRequested;
  const requested = new Promise((resolve) => (markRequested = resolve));
  await page.route(codeOf(name), async (route) => {
    markRequested();
    await released;
    await route.continue();
  });
  return { requested, release };
}

test("a page opened from its address shows the header and a loading message until its code arrives", async () => {
  const page = await freshPage();
  const code = await holdCode(page, "open-data-page");

  await page.goto(`${server.baseUrl}/donnees-ouvertes`, { waitUntil: "domcontentloaded" });
  await code.requested;

  await page.getByRole("main").getByRole("status").filter({ hasText: "Chargement…" }).waitFor();
  assert.ok(await page.getByRole("banner").isVisible(), "the header is there while the page downloads");
  assert.ok(await page.getByRole("contentinfo").isVisible(), "and the footer");

  code.release();
  await heading(page, "Données ouvertes uniquement");
  await page.context().close();
});

test("a link followed on a slow connection keeps the page, says the next one is coming, then focuses it", async () => {
  const page = await freshPage();
  await page.goto(server.baseUrl);
  await heading(page, "Spyrales, se former ensemble à la science des données");
  const code = await holdCode(page, "open-data-page");

  await page.getByRole("banner").getByRole("link", { name: "Données ouvertes" }).first().click();
  await code.requested;

  await page.getByRole("main").getByRole("status").filter({ hasText: "Chargement de la page…" }).waitFor();
  assert.ok(
    await page.getByRole("heading", { level: 1, name: "Spyrales, se former ensemble à la science des données" }).isVisible(),
    "the page left stays readable meanwhile",
  );

  code.release();
  await heading(page, "Données ouvertes uniquement");
  await page.waitForFunction(() => document.activeElement?.id === "contenu");
  assert.equal(await page.getByText("Chargement de la page…").count(), 0);
  await page.context().close();
});

test("a page whose code is gone asks to reload, and the reload shows it", async () => {
  const page = await freshPage();
  await page.goto(server.baseUrl);
  await heading(page, "Spyrales, se former ensemble à la science des données");
  await page.route(codeOf("statistics-page"), (route) => route.abort("failed"));

  await page.getByRole("banner").getByRole("link", { name: "Statistiques" }).first().click();

  await heading(page, "Cette page doit être rechargée");
  assert.equal(new URL(page.url()).pathname, "/statistiques");
  await assertAccessible(page, "la page à recharger");

  await page.unroute(codeOf("statistics-page"));
  await page.getByRole("button", { name: "Recharger la page" }).click();
  await heading(page, "Statistiques de la communauté");
  await page.context().close();
});
