import "@testing-library/jest-dom/vitest";
import "./match-media-polyfill";
// Starts react-dsfr as the application does, so that DSFR links navigate with the router.
import "../app/start-dsfr";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { endSession } from "../lib/session/session-store";

// On a loaded 2-core CI machine a page may take more than the default second to render its data:
// waiting longer costs nothing when it is fast, and keeps the tests from failing at random.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  endSession();
});
