// Debian's chromium driven by playwright-core, with an axe-core (RGAA) check helper.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Fails on serious or critical accessibility violations of the page as it is now, once its
 * transitions have ended: a DSFR modal fading in has, for a moment, text whose contrast is not yet
 * the final one.
 */
export async function assertAccessible(page, label) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "RGAAv4"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (blocking.length > 0) {
    const report = blocking
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`)
      .join("\n");
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${report}`);
  }
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
