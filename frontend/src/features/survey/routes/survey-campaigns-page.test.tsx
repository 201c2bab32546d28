import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { SurveyCampaign } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { SurveyCampaignsPage } from "./survey-campaigns-page";

const CAMPAIGNS = "/api/v1/surveys";
const open: SurveyCampaign = {
  id: "c-hiver",
  title: "Enquête de satisfaction — hiver 2026",
  openedAt: "2026-12-01T10:00:00+01:00",
  closesOn: "2026-12-31",
  open: true,
  invited: 20,
  answers: 7,
};

function renderPage(campaigns: SurveyCampaign[]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
  const api = mockApi({
    [`GET ${CAMPAIGNS}`]: () => jsonResponse({ items: campaigns, page: 0, size: 20, total: campaigns.length }),
    [`POST ${CAMPAIGNS}/c-hiver/close`]: () => jsonResponse({ ...open, open: false, closedAt: "2026-12-10T10:00:00+01:00" }),
    [`POST ${CAMPAIGNS}`]: () => jsonResponse({ ...open, id: "c-ete", title: "Enquête — été 2027" }, 201),
  });
  renderWithProviders(<SurveyCampaignsPage />, { url: "/animation/enquetes" });
  return { api, user: userEvent.setup({ delay: null }) };
}

describe("the survey campaigns page", () => {
  it("moves focus to the closing question, back to « Clôturer » when kept open, and to the news once closed", async () => {
    const { user } = renderPage([open]);

    await user.click(await screen.findByRole("button", { name: "Clôturer « Enquête de satisfaction — hiver 2026 »" }));
    expect(document.activeElement).toBe(screen.getByText("Clôturer maintenant ? Les membres ne pourront plus répondre."));

    await user.click(screen.getByRole("button", { name: "Garder ouverte" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Clôturer « Enquête de satisfaction — hiver 2026 »" }));

    await user.click(screen.getByRole("button", { name: "Clôturer « Enquête de satisfaction — hiver 2026 »" }));
    await user.click(screen.getByRole("button", { name: "Confirmer la clôture" }));
    const news = await screen.findByText("La campagne « Enquête de satisfaction — hiver 2026 » est close.");
    expect(document.activeElement).toBe(news);
  });

  it("moves focus to the opening's confirmation, and back to its button when the animateur returns to the form", async () => {
    const { user } = renderPage([]);

    await user.click(await screen.findByRole("button", { name: "Ouvrir une campagne" }));
    await user.type(screen.getByLabelText(/Titre de la campagne/), "Enquête — été 2027");
    await user.type(screen.getByLabelText(/Date de clôture/), "2027-06-30");
    await user.click(screen.getByRole("button", { name: "Ouvrir la campagne…" }));
    const confirmation = screen.getByRole("heading", { name: "Confirmer l'ouverture" }).closest("[tabindex='-1']");
    expect(confirmation).not.toBeNull();
    expect(document.activeElement).toBe(confirmation);

    await user.click(screen.getByRole("button", { name: "Revenir au formulaire" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Ouvrir la campagne…" }));

    await user.click(screen.getByRole("button", { name: "Ouvrir la campagne…" }));
    await user.click(screen.getByRole("button", { name: "Ouvrir et envoyer l'enquête" }));
    const news = await screen.findByText("La campagne « Enquête — été 2027 » est ouverte et envoyée aux membres.");
    expect(document.activeElement).toBe(news);
  });
});
