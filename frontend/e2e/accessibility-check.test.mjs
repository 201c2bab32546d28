// The accessibility check every browser file relies on must itself fail on what it exists to catch. No server: the
// pages are written here.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, launchBrowser } from "./browser.mjs";

let browser;
let page;

before(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});

after(async () => {
  await browser?.close();
});

const html = (body) =>
  `<!doctype html><html lang="fr"><head><title>Essai</title></head><body><main><h1>Essai</h1>${body}</main></body></html>`;

test("a page without violations passes", async () => {
  await page.setContent(html(`<p>Ne laisser personne sur le bord de la route.</p>`));
  await assertAccessible(page, "une page correcte");
});

test("an image without text, a skipped heading level and pale text are each refused, named in the report", async () => {
  await page.setContent(
    html(`<h3>Un niveau sauté</h3>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <p style="color:#cccccc;background:#ffffff">Un texte trop pâle</p>`),
  );
  await assert.rejects(assertAccessible(page, "une page fautive"), (error) => {
    assert.match(error.message, /une page fautive/);
    assert.match(error.message, /heading-order/);
    assert.match(error.message, /image-alt/);
    assert.match(error.message, /color-contrast/);
    return true;
  });
});

test("the check still runs after a full load replaced the document", async () => {
  await page.setContent(html(`<p>Premier document.</p>`));
  await assertAccessible(page, "le premier document");
  await page.setContent(html(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`));
  await assert.rejects(assertAccessible(page, "le second document"), /image-alt/);
});
