// First-visit figures of the front end in Debian's Chromium, as Lighthouse reports them: first contentful paint, total
// blocking time, bytes transferred (by kind), and when the page's own h1 (in main) is on screen. Each run is a first visit: a new
// browser context, so an empty cache. Prints a markdown table of the medians (and min-max) per page and profile.
//
//   node bench/frontend/measure.mjs http://127.0.0.1:8080            # RUNS=5, every page, both profiles
//   RUNS=9 PROFILES=mobile PAGES=/ node bench/frontend/measure.mjs URL
//
// Profiles: `loopback` (no throttling: what this machine does) and `mobile` (Lighthouse's mobile settings: 150 ms of
// round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4 times). The server should be the packaged app (gzip and
// cache headers as in production). The CPU is shared: read the figures beside the machine's load, and compare builds
// measured the same way, one after the other.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.resolve(import.meta.dirname, "../../frontend/package.json"));
const { chromium } = require("playwright-core");

const baseUrl = (process.argv[2] ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = (process.env.PAGES ?? "/,/connexion").split(",");
const PROFILES = {
  loopback: null,
  mobile: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 },
};
const profileNames = (process.env.PROFILES ?? "loopback,mobile").split(",");

/** Collects paints and long tasks from the start of the document (a buffered observer misses long tasks). */
const OBSERVE = () => {
  window.__bench = { longTasks: [], lcp: NaN };
  new PerformanceObserver((list) => {
    window.__bench.lcp = list.getEntries().at(-1).startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask" });
};

const KINDS = { Script: "js", Stylesheet: "css", Font: "fonts", Document: "html", Image: "images", Fetch: "api", XHR: "api" };

async function firstVisit(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.downloadThroughput,
      uploadThroughput: profile.uploadThroughput,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  }
  const kindOf = new Map();
  const bytes = { js: 0, css: 0, fonts: 0, html: 0, images: 0, api: 0, other: 0 };
  let requests = 0;
  cdp.on("Network.responseReceived", ({ requestId, type }) => kindOf.set(requestId, KINDS[type] ?? "other"));
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    requests += 1;
    bytes[kindOf.get(requestId) ?? "other"] += encodedDataLength;
  });

  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.locator("main h1").first().waitFor();
  const h1Ms = Date.now() - started;
  // Lighthouse ends a trace once the network and the main thread are quiet: here, no request for 500 ms, then one more
  // second for the tasks that follow the last answer.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const timings = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    const navigation = performance.getEntriesByType("navigation")[0];
    // Total blocking time as Lighthouse counts it: what each task after the first paint spends beyond 50 ms.
    const tbt = window.__bench.longTasks
      .filter((task) => task.start >= fcp)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return { fcp, tbt, load: navigation.loadEventEnd, lcp: window.__bench.lcp };
  });
  await context.close();
  return { ...timings, h1: h1Ms, requests, ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (values) => `${Math.round(median(values))} (${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))})`;
const kb = (values) => (median(values) / 1024).toFixed(1);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
// The server's JIT and the disk cache warm up on one visit of each page, not counted.
for (const page of PAGES) await firstVisit(browser, baseUrl + page, null);

const rows = [];
for (const profileName of profileNames) {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstVisit(browser, baseUrl + page, PROFILES[profileName]));
    const column = (key) => runs.map((run) => run[key]);
    rows.push(
      `| ${page} | ${profileName} | ${ms(column("fcp"))} | ${ms(column("lcp"))} | ${ms(column("tbt"))} | ${ms(column("h1"))} | ` +
        `${kb(column("js"))} | ${kb(column("css"))} | ${kb(column("fonts"))} | ${kb(column("total"))} | ${median(column("requests"))} |`,
    );
    console.error(`measured ${page} (${profileName}), ${RUNS} runs`);
  }
}
await browser.close();

console.log(`Medians of ${RUNS} first visits (min-max), ${baseUrl}; times in ms, sizes in KiB as transferred (compressed).\n`);
console.log("| page | profile | FCP | LCP | TBT | h1 shown | JS | CSS | fonts | all | requests |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
