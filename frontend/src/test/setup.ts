import "@testing-library/jest-dom/vitest";
import "./match-media-polyfill";
// Starts react-dsfr as the application does, so that DSFR links navigate with the router.
import "../app/start-dsfr";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { endSession } from "../lib/session/session-store";

afterEach(() => {
  cleanup();
  endSession();
});
