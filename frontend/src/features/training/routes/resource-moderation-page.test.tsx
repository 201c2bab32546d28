import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ResourceProposal } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { listPage, proposalFixture, resourceFixture } from "../test/resource-fixtures";
import { ResourceModerationPage } from "./resource-moderation-page";

const QUEUE = "/api/v1/resources/proposals";

function signIn(roles: string[]) {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-anim", roles });
}

function queueRoutes(initial: ResourceProposal[]) {
  const state = { current: initial };
  const without = (id: string) => {
    state.current = state.current.filter((proposal) => proposal.id !== id);
  };
  const api = mockApi({
    ...REFERENTIAL_ROUTES,
    [`GET ${QUEUE}`]: () => jsonResponse(listPage(state.current)),
    "POST /api/v1/resources/r-tuto-python/publish": () => {
      without("r-tuto-python");
      return jsonResponse(resourceFixture({ id: "r-tuto-python", status: "PUBLISHED" }));
    },
    "POST /api/v1/resources/r-paid/reject": () => {
      without("r-paid");
      return jsonResponse(resourceFixture({ id: "r-paid", status: "REJECTED" }));
    },
  });
  return api;
}

describe("the animateurs' queue of proposed resources", () => {
  it("is closed to members, and asks the API nothing", () => {
    signIn(["member"]);
    const api = mockApi({});

    renderWithProviders(<ResourceModerationPage />, { url: "/animation/ressources" });

    expect(screen.getByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("lists the proposals with who proposed them, publishes one, and rejects another with a reason", async () => {
    signIn(["member", "animateur"]);
    const api = queueRoutes([
      proposalFixture(),
      proposalFixture({ id: "r-paid", title: "Un cours payant", url: "https://example.org/cours" }),
    ]);
    renderWithProviders(<ResourceModerationPage />, { url: "/animation/ressources" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("heading", { name: "2 propositions à relire" })).toBeInTheDocument();
    const tutorial = screen.getByRole("article", { name: "Le tutoriel Python" });
    expect(within(tutorial).getByRole("link", { name: "Le tutoriel Python" })).toHaveAttribute("href", "/ressources/r-tuto-python");
    expect(within(tutorial).getByText(/par Léa Moreau/)).toBeInTheDocument();
    expect(within(tutorial).getByRole("link", { name: "https://docs.python.org/fr/3/tutorial/" })).toHaveAttribute("target", "_blank");

    await user.click(within(tutorial).getByRole("button", { name: "Publier Le tutoriel Python" }));
    expect(await screen.findByText("« Le tutoriel Python » est publiée dans la bibliothèque.")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "1 proposition à relire" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Refuser Un cours payant" }));
    const dialog = screen.getByRole("dialog", { name: "Refuser « Un cours payant » ?" });
    await user.type(within(dialog).getByLabelText(/Motif/), "Le cours est payant et n'a pas d'équivalent gratuit.");
    await user.click(within(dialog).getByRole("button", { name: "Refuser la ressource" }));

    expect(await screen.findByText("« Un cours payant » est refusée ; son auteur est prévenu.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText("Toutes les propositions sont relues. Merci !")).toBeInTheDocument());
    expect(await api.requestsTo("POST", "/api/v1/resources/r-paid/reject")[0].json()).toEqual({
      reason: "Le cours est payant et n'a pas d'équivalent gratuit.",
    });
  });
});
