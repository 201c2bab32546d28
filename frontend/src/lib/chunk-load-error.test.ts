import { describe, expect, it } from "vitest";
import { isChunkLoadError } from "./chunk-load-error";

describe("a lazily loaded part of the application that cannot be downloaded", () => {
  it.each([
    "Failed to fetch dynamically imported module: https://spyrales.fr/assets/login-page-BUf_RiVb.js",
    "error loading dynamically imported module: https://spyrales.fr/assets/login-page-BUf_RiVb.js",
    "Importing a module script failed.",
    "Unable to preload CSS for /assets/login-page-BzPjt_rw.css",
  ])("is recognised from the message « %s »", (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it("is not confused with another error of a page", () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isChunkLoadError("Failed to fetch dynamically imported module")).toBe(false);
  });
});
