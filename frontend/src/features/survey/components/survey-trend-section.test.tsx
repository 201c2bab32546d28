import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { SurveyTrendSection } from "./survey-trend-section";

const TREND = "GET /api/v1/surveys/trend";

describe("the survey's campaigns on the statistics page", () => {
  it("compares the closed campaigns in a table, with a signed score and the response rate", async () => {
    mockApi({
      [TREND]: () =>
        jsonResponse({
          campaigns: [
            { title: "Enquête — été 2026", openedOn: "2026-06-01", closedOn: "2026-06-30", answers: 41, responseRate: 12.5, nps: -4 },
            { title: "Enquête — hiver 2026", openedOn: "2026-12-01", closedOn: "2026-12-31", answers: 57, responseRate: 25.2, nps: 32 },
          ],
        }),
    });
    renderWithProviders(<SurveyTrendSection />);

    expect(screen.getByRole("heading", { level: 2, name: "La satisfaction des membres" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Enquêtes de satisfaction closes" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Enquête — été 2026du 1 juin 2026 au 30 juin 20264112,5 %-4");
    expect(rows[2]).toHaveTextContent("Enquête — hiver 2026du 1 décembre 2026 au 31 décembre 20265725,2 %+32");
  });

  it("says when no campaign can be published yet", async () => {
    mockApi({ [TREND]: () => jsonResponse({ campaigns: [] }) });
    renderWithProviders(<SurveyTrendSection />);

    expect(
      await screen.findByText("Les résultats des enquêtes closes seront publiés ici dès que l'une d'elles aura reçu au moins 5 réponses."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("keeps the rest of the page readable when the results cannot be read", async () => {
    mockApi({ [TREND]: () => problemResponse({ status: 503, title: "Service indisponible", detail: "Réessayez plus tard." }) });
    renderWithProviders(<SurveyTrendSection />);

    expect(await screen.findByText("Les résultats des enquêtes sont momentanément indisponibles")).toBeInTheDocument();
  });
});
