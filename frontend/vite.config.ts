/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const backendUrl = "http://localhost:8080";

export default defineConfig({
  plugins: [react()],
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
    include: ["src/**/*.test.{ts,tsx}"],
    // Generous on a busy 2-core machine; a passing test takes far less.
    testTimeout: 20_000,
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
