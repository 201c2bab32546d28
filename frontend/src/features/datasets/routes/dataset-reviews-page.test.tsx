import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DatasetReviewItem } from "../../../lib/api/types";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { DatasetReviewsPage } from "./dataset-reviews-page";

const REVIEWS = "/api/v1/datasets/reviews";

const waiting: DatasetReviewItem = {
  dataset: {
    id: "d-other",
    state: "TO_REVIEW",
    pending: "LICENCE",
    reason: "Licence rédigée par le producteur : un·e animateur·rice doit la lire.",
    title: "Consommation d'électricité par commune",
    producer: "Enedis",
    licence: "other-open",
    licenceTitle: "Other (Open)",
    url: "https://www.data.gouv.fr/fr/datasets/consommation-electricite/",
    archived: false,
    checkedAt: "2026-03-01T10:00:00+01:00",
  },
  declaredAt: "2026-03-01T10:00:00+01:00",
  usedBy: [{ datasetId: "d-other", kind: "PROJECT", ownerId: "p-energie", ownerTitle: "Énergie des communes" }],
};

describe("the animateurs' dataset review queue", () => {
  it("is closed to a member who is not an animateur, and asks the API nothing", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
    const api = mockApi({});
    renderWithProviders(<DatasetReviewsPage />);
    expect(await screen.findByText("Cette page est réservée aux animateurs et administrateurs.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it("shows where a dataset is declared, and refuses it only with a note", async () => {
    startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-karim", roles: ["member", "animateur"] });
    const queue = { current: [waiting] };
    const api = mockApi({
      [`GET ${REVIEWS}`]: () => jsonResponse({ items: queue.current, page: 0, size: 20, total: queue.current.length }),
      "POST /api/v1/datasets/d-other/review": () => {
        queue.current = [];
        return jsonResponse({ ...waiting.dataset, state: "REFUSED" });
      },
    });
    renderWithProviders(<DatasetReviewsPage />, { url: "/animation/jeux-de-donnees", path: "/animation/jeux-de-donnees" });
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByRole("heading", { name: "1 jeu de données à vérifier" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Énergie des communes" })).toHaveAttribute("href", "/projets/p-energie");
    expect(screen.getByText(/Licence rédigée par le producteur : lisez-la/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Refuser Consommation d'électricité par commune" }));
    const dialog = screen.getByRole("dialog", { name: "Refuser « Consommation d'électricité par commune » ?" });
    await user.click(within(dialog).getByRole("button", { name: "Refuser le jeu de données" }));
    expect(await within(dialog).findByText(/Expliquez le refus/)).toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/datasets/d-other/review")).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Note pour les responsables/), "La licence interdit la réutilisation commerciale.");
    await user.click(within(dialog).getByRole("button", { name: "Refuser le jeu de données" }));

    expect(await screen.findByText("« Consommation d'électricité par commune » est refusé.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", "/api/v1/datasets/d-other/review")[0].json()).toEqual({
      decision: "REFUSE",
      note: "La licence interdit la réutilisation commerciale.",
    });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Aucun jeu de données à vérifier" })).toBeInTheDocument());
  });
});
