import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, mockApi, problemResponse } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { MentorshipRequestForm } from "./mentorship-request-form";

const MENTORSHIPS = "/api/v1/mentorships";
const claire = { id: "m-claire", displayName: "Claire Fontaine" };

function renderForm() {
  const onSent = vi.fn();
  renderWithProviders(<MentorshipRequestForm mentor={claire} onSent={onSent} onCancel={() => undefined} />, { url: "/membres/m-claire" });
  return { onSent, user: userEvent.setup({ delay: null }) };
}

const goalInputs = () => screen.queryAllByLabelText(/^Objectif \d$/);

describe("the mentorship request form", () => {
  it("sends the message and one to three goals, in their order", async () => {
    const created = { id: "p-1", status: "PENDING" };
    const api = mockApi({ [`POST ${MENTORSHIPS}`]: () => jsonResponse(created, 201) });
    const { onSent, user } = renderForm();

    await user.type(screen.getByLabelText(/Votre message/), "Bonjour, je débute en R.");
    await user.type(screen.getByLabelText("Objectif 1"), "Écrire mon premier script R");
    await user.click(screen.getByRole("button", { name: "Ajouter un objectif" }));
    expect(screen.getByLabelText("Objectif 2")).toHaveFocus();
    await user.type(screen.getByLabelText("Objectif 2"), "Lire un fichier Excel");
    await user.click(screen.getByRole("button", { name: "Ajouter un objectif" }));
    await user.type(screen.getByLabelText("Objectif 3"), "Produire un graphique avec ggplot2");

    expect(goalInputs()).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Ajouter un objectif" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Retirer l'objectif 2" }));
    expect(goalInputs().map((input) => (input as HTMLInputElement).value)).toEqual([
      "Écrire mon premier script R",
      "Produire un graphique avec ggplot2",
    ]);
    expect(screen.getByRole("button", { name: "Ajouter un objectif" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Envoyer ma demande" }));

    await vi.waitFor(() => expect(onSent).toHaveBeenCalledWith(created));
    expect(api.requestsTo("POST", MENTORSHIPS)).toHaveLength(1);
    expect(await api.requestsTo("POST", MENTORSHIPS)[0].json()).toEqual({
      mentorId: "m-claire",
      message: "Bonjour, je débute en R.",
      goals: ["Écrire mon premier script R", "Produire un graphique avec ggplot2"],
    });
  });

  it("keeps at least one goal", async () => {
    mockApi({});
    const { user } = renderForm();

    expect(goalInputs()).toHaveLength(1);
    expect(screen.queryByRole("button", { name: /Retirer/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Ajouter un objectif" }));
    await user.click(screen.getByRole("button", { name: "Retirer l'objectif 1" }));

    expect(goalInputs()).toHaveLength(1);
    expect(screen.queryByRole("button", { name: /Retirer/ })).not.toBeInTheDocument();
  });

  it("says what is missing without calling the API", async () => {
    const api = mockApi({});
    const { user } = renderForm();
    await user.click(screen.getByRole("button", { name: "Ajouter un objectif" }));
    await user.type(screen.getByLabelText("Objectif 1"), "Écrire mon premier script R");

    await user.click(screen.getByRole("button", { name: "Envoyer ma demande" }));

    expect(screen.getByLabelText(/Votre message/)).toHaveAccessibleDescription(/Écrivez quelques mots à Claire Fontaine/);
    expect(screen.getAllByText("Décrivez cet objectif, ou retirez-le.")).toHaveLength(1);
    expect(api.requests).toHaveLength(0);

    const summary = screen.getByTestId("error-summary");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("link", { name: /^Votre message : Écrivez quelques mots/ })).toBeInTheDocument();
    await user.click(within(summary).getByRole("link", { name: "Objectif 2 : Décrivez cet objectif, ou retirez-le." }));
    expect(screen.getByLabelText("Objectif 2")).toHaveFocus();
  });

  it("shows the detail of the server's refusal", async () => {
    const detail = "Claire Fontaine accompagne déjà autant de personnes que possible. Essayez un autre mentor.";
    mockApi({ [`POST ${MENTORSHIPS}`]: () => problemResponse({ status: 422, title: "Règle métier", detail }) });
    const { onSent, user } = renderForm();

    await user.type(screen.getByLabelText(/Votre message/), "Bonjour !");
    await user.type(screen.getByLabelText("Objectif 1"), "Découvrir Quarto");
    await user.click(screen.getByRole("button", { name: "Envoyer ma demande" }));

    const summary = await screen.findByTestId("error-summary");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent("Votre demande n'a pas été envoyée");
    expect(within(summary).getByText(detail)).toBeInTheDocument();
    expect(onSent).not.toHaveBeenCalled();
  });
});
