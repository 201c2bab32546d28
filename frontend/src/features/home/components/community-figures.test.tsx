import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { CommunityFigures } from "./community-figures";

describe("CommunityFigures", () => {
  it("shows the community's four figures", async () => {
    mockApi({ "GET /api/v1/stats": () => jsonResponse({ members: 1280, organizations: 24, mentors: 21, skills: 1 }) });
    renderWithProviders(<CommunityFigures />);

    const items = await screen.findAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "1\u202f280membres",
      "24organisations représentées",
      "21mentors disponibles",
      "1compétence partagée",
    ]);
  });

  it("leaves out a count of people too small to publish", async () => {
    mockApi({ "GET /api/v1/stats": () => jsonResponse({ members: null, organizations: 3, mentors: null, skills: 4 }) });
    renderWithProviders(<CommunityFigures />);

    const items = await screen.findAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["3organisations représentées", "4compétences partagées"]);
    expect(screen.queryByText(/membres|mentors/)).not.toBeInTheDocument();
  });
});
