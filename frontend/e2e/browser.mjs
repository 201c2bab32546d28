// Debian's chromium driven by playwright-core, with an axe-core (RGAA) check helper.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
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
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "RGAAv4"])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (blocking.length > 0) {
    const report = blocking
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`)
      .join("\n");
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${report}`);
  }
}
