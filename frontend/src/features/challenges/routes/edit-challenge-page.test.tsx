import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { challengeFixture } from "../test/challenge-fixtures";
import { EditChallengePage } from "./edit-challenge-page";

const CHALLENGE = "/api/v1/challenges/c-1";

function renderPage() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
  return renderWithProviders(<EditChallengePage />, { url: "/piscine/c-1/modifier", path: "/piscine/:id/modifier" });
}

describe("editing a challenge", () => {
  it("names the challenge being edited", async () => {
    mockApi({ [`GET ${CHALLENGE}`]: () => jsonResponse(challengeFixture()) });

    renderPage();

    expect(await screen.findByText("« Les naissances par département »")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Modifier le défi" })).toBeInTheDocument();
  });

  it("shows the not-found page for a challenge that does not exist", async () => {
    mockApi({ [`GET ${CHALLENGE}`]: () => problemResponse({ status: 404, detail: "Défi introuvable." }) });

    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    expect(screen.queryByText("Défi introuvable.")).not.toBeInTheDocument();
  });
});
