import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { SurveyPage } from "./survey-page";

const CURRENT = "/api/v1/surveys/current";
const ANSWERS = "/api/v1/surveys/c-hiver/answers";
const campaign = { id: "c-hiver", title: "Enquête de satisfaction — hiver 2026", closesOn: "2026-12-31" };

function asMember() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
}

function renderPage() {
  renderWithProviders(<SurveyPage />, { url: "/enquete" });
  return userEvent.setup({ delay: null });
}

describe("the survey page", () => {
  it("names every question left unanswered, in French, and sends nothing", async () => {
    asMember();
    const api = mockApi({ [`GET ${CURRENT}`]: () => jsonResponse({ campaign, answered: false }) });
    const user = renderPage();

    await user.click(await screen.findByRole("button", { name: "Envoyer ma réponse" }));

    const summary = await screen.findByTestId("error-summary");
    expect(within(summary).getByText("4 champs sont à corriger :")).toBeInTheDocument();
    for (const message of [
      "Recommandation : Indiquez une note de 0 à 10.",
      "Moins seul·e face aux données : Indiquez si vous vous sentez moins seul·e face aux données.",
      "Progrès en Python : Indiquez vos progrès en Python.",
      "Progrès en R : Indiquez vos progrès en R.",
    ]) {
      expect(within(summary).getByRole("link", { name: message })).toBeInTheDocument();
    }
    expect(api.requestsTo("POST", ANSWERS)).toHaveLength(0);

    await user.click(screen.getByRole("checkbox", { name: "Autre" }));
    await user.click(screen.getByRole("button", { name: "Envoyer ma réponse" }));
    expect(
      await within(screen.getByTestId("error-summary")).findByRole("link", {
        name: "Autre proposition : Précisez ce que vous proposez sous « Autre ».",
      }),
    ).toBeInTheDocument();
  });

  it("sends a complete answer, then thanks the member", async () => {
    asMember();
    const api = mockApi({
      [`GET ${CURRENT}`]: () => jsonResponse({ campaign, answered: false }),
      [`POST ${ANSWERS}`]: () => jsonResponse({ campaignId: "c-hiver", answered: true }, 201),
    });
    const user = renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: campaign.title })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "9" }));
    await user.click(screen.getByRole("radio", { name: "Plutôt d'accord" }));
    const python = screen.getByRole("group", { name: /progressé en Python/ });
    await user.click(within(python).getByRole("radio", { name: "Beaucoup" }));
    const r = screen.getByRole("group", { name: /progressé en R/ });
    await user.click(within(r).getByRole("radio", { name: "Je n'utilise pas ce langage" }));
    await user.click(screen.getByRole("checkbox", { name: "Du mentorat" }));
    await user.type(screen.getByLabelText(/Un commentaire/), "  Merci pour les ateliers  ");
    await user.click(screen.getByRole("button", { name: "Envoyer ma réponse" }));

    expect(await screen.findByRole("heading", { name: "Merci pour votre réponse !" })).toBeInTheDocument();
    await vi.waitFor(() => expect(api.requestsTo("POST", ANSWERS)).toHaveLength(1));
    expect(await api.requestsTo("POST", ANSWERS)[0].json()).toEqual({
      recommendation: 9,
      lessAlone: "AGREE",
      pythonProgress: "A_LOT",
      rProgress: "NOT_USED",
      wishes: ["MENTORSHIP"],
      comment: "Merci pour les ateliers",
    });
  });

  it("shows the server's refusal of a second answer", async () => {
    asMember();
    mockApi({
      [`GET ${CURRENT}`]: () => jsonResponse({ campaign, answered: false }),
      [`POST ${ANSWERS}`]: () =>
        problemResponse({
          status: 409,
          title: "Conflit",
          detail: "Vous avez déjà répondu à cette enquête. Merci pour votre participation !",
        }),
    });
    const user = renderPage();
    await user.click(await screen.findByRole("radio", { name: "10" }));
    await user.click(screen.getByRole("radio", { name: "Tout à fait d'accord" }));
    await user.click(within(screen.getByRole("group", { name: /progressé en Python/ })).getByRole("radio", { name: "Un peu" }));
    await user.click(within(screen.getByRole("group", { name: /progressé en R/ })).getByRole("radio", { name: "Pas du tout" }));
    await user.click(screen.getByRole("button", { name: "Envoyer ma réponse" }));

    expect(await screen.findByText("Vous avez déjà répondu à cette enquête. Merci pour votre participation !")).toBeInTheDocument();
  });

  it("says the member already answered, without the form", async () => {
    asMember();
    mockApi({ [`GET ${CURRENT}`]: () => jsonResponse({ campaign, answered: true }) });
    renderPage();
    expect(await screen.findByRole("heading", { name: "Vous avez déjà répondu à cette enquête" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Envoyer ma réponse" })).not.toBeInTheDocument();
  });

  it("says when no survey is open", async () => {
    asMember();
    mockApi({ [`GET ${CURRENT}`]: () => jsonResponse({ answered: false }) });
    renderPage();
    expect(await screen.findByText(/Aucune enquête n'est ouverte en ce moment/)).toBeInTheDocument();
  });
});
