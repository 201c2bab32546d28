// Debian's chromium driven by playwright-core, with an axe-core (RGAA) check helper.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach } from "node:test";
import { chromium } from "playwright-core";

/** Where a failed test leaves a screenshot of each open page (ignored by git). */
const FAILURES_DIR = path.resolve(import.meta.dirname, "..", "test-results", "e2e");
const openBrowsers = new Set();
/** What each page went through, told when a test fails: a failure seen once on a loaded CI machine is then explained. */
const pageJournals = new WeakMap();
/**
 * axe-core itself, put into the page under test and run there. Not @axe-core/playwright: for pages without frames
 * it gives the same results, but each of its checks opened a second page to assemble them, injecting axe twice:
 * 1-2 s a check instead of 0.1-0.4 s here, for the 165 checks of the browser files.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** The RGAA's WCAG levels; heading-order is a best practice (moderate), outside the WCAG tags, turned on as well. */
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "RGAAv4"] },
  rules: { "heading-order": { enabled: true } },
};

function keepJournal(page) {
  const journal = [];
  pageJournals.set(page, journal);
  const note = (line) => journal.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  page.on("framenavigated", (frame) => frame === page.mainFrame() && note(`navigated to ${frame.url()}`));
  page.on("console", (message) => message.type() === "error" && note(`console error: ${message.text()}`));
  page.on("pageerror", (error) => note(`page error: ${error.message}`));
  page.on("requestfailed", (request) => note(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
  page.on(
    "response",
    (response) => response.status() >= 400 && note(`${response.status()} ${response.request().method()} ${response.url()}`),
  );
}

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  openBrowsers.add(browser);
  browser.on("disconnected", () => openBrowsers.delete(browser));
  const newContext = browser.newContext.bind(browser);
  // Reduced motion unless a test asks otherwise: the DSFR then skips its transitions, which a test only waits for.
  browser.newContext = async (options) => {
    const context = await newContext({ reducedMotion: "reduce", ...options });
    context.on("page", keepJournal);
    return context;
  };
  return browser;
}

// Each test file imports this module: when one of its tests fails, every open page is described and photographed.
afterEach(async (t) => {
  if (t.passed) return;
  mkdirSync(FAILURES_DIR, { recursive: true });
  let index = 0;
  for (const browser of openBrowsers) {
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        index += 1;
        const file = path.join(FAILURES_DIR, `${t.name.replace(/[^\w-]+/g, "-").slice(0, 80)}-${index}.png`);
        await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
        const journal = (pageJournals.get(page) ?? []).slice(-40).join("\n    ");
        console.log(`# page ${index} of the failed test « ${t.name} »: ${page.url()} (screenshot ${file})\n    ${journal}`);
      }
    }
  }
});

/**
 * Fails on serious or critical accessibility violations, and on a skipped heading level, of the page as it is now, once its
 * transitions have ended: a DSFR modal fading in has, for a moment, text whose contrast is not yet
 * the final one.
 */
export async function assertAccessible(page, label) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity),
  );
  // Once per document: a link followed inside the application keeps it, a full load loses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  // heading-order counts as blocking: a skipped level misleads whoever navigates by headings.
  const results = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order");
  if (blocking.length > 0) {
    const report = blocking
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`)
      .join("\n");
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${report}`);
  }
}

/** Opens one of the animateurs' and administrators' pages from the header's « Animation » sub-menu. */
export async function openAnimationPage(page, name) {
  const navigation = page.getByRole("navigation", { name: "Menu principal" });
  const menu = navigation.getByRole("button", { name: "Animation" });
  // DSFR may leave the sub-menu open after the previous page was chosen in it: a click would then close it.
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  await navigation.getByRole("link", { name, exact: true }).click();
}

/** Waits for the page's title (its level-1 heading). */
export async function heading(page, text) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/**
 * A browser context of its own, hence a session, for one person: a signed-out visit to « Mes mentorats »
 * goes through the login page and comes back.
 */
export async function openSession(browser, baseUrl, { email, password }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/mentorats`);
  await heading(page, "Connexion à Spyrales");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: "Se connecter" }).click();
  await heading(page, "Mes mentorats");
  return page;
}
