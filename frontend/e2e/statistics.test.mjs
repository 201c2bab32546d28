// The public statistics in a real browser: a visitor who is not signed in goes from the footer to « Statistiques de la
// communauté », sees the charts drawn (recharts, loaded apart), opens a figure's table alternative, reads « moins de 5 »
// where a count is small, and downloads the CSV (UTF-8 with BOM, « ; »). The page is checked with axe, tables open.
// The figures are the demo community's, computed by the server's own refresh.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser } from "./browser.mjs";
import { basePort, startServer } from "./server.mjs";

let server;
let browser;
let page;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 15);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR", acceptDownloads: true });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The block of one figure: its h3 and what follows it (chart, table, CSV button). */
const figure = (title) => page.getByRole("heading", { level: 3, name: title }).locator("xpath=..");

test("a visitor reads the community's statistics, their tables and their CSV", async () => {
  await page.goto(server.baseUrl);
  await page.getByRole("contentinfo").getByRole("link", { name: "Statistiques de la communauté" }).click();
  await heading(page, "Statistiques de la communauté");

  const regions = figure("Membres par région");
  await regions.waitFor();
  // The chart is drawn once its chunk arrives.
  await regions.locator("[role=img] svg.recharts-surface").waitFor();
  await assertAccessible(page, "la page des statistiques");

  await regions.getByRole("button", { name: "Voir les données en tableau" }).click();
  const table = regions.getByRole("table");
  await table.waitFor();
  const headers = await table.locator("th").allTextContents();
  assert.deepEqual(headers, ["Région", "Membres"]);
  const rows = await table.locator("tbody tr").allTextContents();
  assert.equal(rows.length, 19, "18 regions and « Non renseigné »");
  assert.ok(
    rows.some((row) => row.includes("moins de 5")),
    `a region of the demo community has fewer than 5 members: ${rows.join(" | ")}`,
  );
  for (const row of rows) {
    const value = row.replace(/^.*?(moins de 5|secret statistique|[\d\s\u202f]+)$/, "$1").replace(/[\s\u202f]/g, "");
    if (/^\d+$/.test(value)) assert.ok(Number(value) >= 5, `a published count is at least 5: ${row}`);
  }

  const months = figure("Binômes commencés chaque mois");
  await months.getByRole("button", { name: "Voir les données en tableau" }).click();
  // The table is drawn after the click: wait for it before counting its rows.
  await months.getByRole("table").waitFor();
  assert.equal(await months.getByRole("table").locator("tbody tr").count(), 24, "the last 24 months");
  await assertAccessible(page, "la page des statistiques, deux tableaux ouverts");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    regions.getByRole("button", { name: /Télécharger les données \(CSV\)/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "membres-par-region.csv");
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a byte order mark");
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  assert.equal(lines[0], "Région;Membres;Code");
  assert.ok(
    lines.some((line) => line.startsWith("Île-de-France;")),
    lines.join("\n"),
  );
});
