/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { availableParallelism } from "node:os";
import { dsfrWithoutColourTables } from "./vite-plugins/dsfr-without-colour-tables";

const backendUrl = "http://localhost:8080";

export default defineConfig({
  plugins: [react(), dsfrWithoutColourTables()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": { target: backendUrl, changeOrigin: false },
      "/q": { target: backendUrl, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
  },
  test: {
    // Unit tests sit beside the code; the browser journeys of e2e/ run apart (they need the packaged app).
    include: ["src/**/*.test.{ts,tsx}", "vite-plugins/**/*.test.ts"],
    // Generous on a busy 2-core machine; a passing test takes far less.
    testTimeout: 20_000,
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    // Each file in a VM context of a long-lived worker thread: still isolated (its own modules and globals), but
    // jsdom and the workers load once per worker, not once per file. On 12 files here: 32 s of CPU instead of 50 s,
    // jsdom environments 11 s instead of 39 s; the whole suite passes the same.
    pool: "vmThreads",
    // Vitest keeps one core for itself by default: one worker on a 2-core machine. The workers wait on jsdom more
    // than the main process works, so one per core ran the suite in 145 s instead of 218 s here.
    maxWorkers: availableParallelism(),
    minWorkers: availableParallelism(),
    restoreMocks: true,
    unstubGlobals: true,
  },
});
