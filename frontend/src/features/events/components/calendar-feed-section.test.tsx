import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { CalendarFeedSection } from "./calendar-feed-section";

const FEED = "/api/v1/me/calendar-feed";
const ADDRESS = "https://spyrales.example/api/v1/me/calendar.ics?token=secret-1";

function feedRoutes(active: boolean) {
  const state = { active, token: 0 };
  const api = mockApi({
    [`GET ${FEED}`]: () => jsonResponse(state.active ? { active: true, createdAt: "2026-11-30T10:00:00+01:00" } : { active: false }),
    [`POST ${FEED}`]: () => {
      state.active = true;
      state.token += 1;
      return jsonResponse({ url: ADDRESS.replace("secret-1", `secret-${state.token}`), createdAt: "2026-12-01T09:00:00+01:00" });
    },
    [`DELETE ${FEED}`]: () => {
      state.active = false;
      return new Response(null, { status: 204 });
    },
  });
  return { api, state };
}

function renderSection() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
  return renderWithProviders(<CalendarFeedSection />, { url: "/profil" });
}

describe("« Mon agenda »", () => {
  it("activates the feed and shows its address once, with a button that copies it", async () => {
    feedRoutes(false);
    renderSection();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Activer mon agenda" }));

    const address = await screen.findByLabelText("Adresse de votre agenda");
    expect(address).toHaveValue(ADDRESS);
    expect(address).toHaveAttribute("readonly");
    await user.click(screen.getByRole("button", { name: "Copier l'adresse" }));
    expect(await screen.findByText("Adresse copiée.")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(ADDRESS);
    expect(screen.getByRole("button", { name: "Régénérer l'adresse" })).toBeInTheDocument();
  });

  it("never shows the address of an active feed again, and regenerates it after a confirmation", async () => {
    const { api } = feedRoutes(true);
    renderSection();
    const user = userEvent.setup({ delay: null });

    expect(await screen.findByText(/Votre agenda est actif depuis le 30 novembre 2026 à 10 h 00/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Adresse de votre agenda")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Régénérer l'adresse" }));
    const dialog = screen.getByRole("dialog", { name: "Régénérer l'adresse de votre agenda ?" });
    expect(api.requestsTo("POST", FEED)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Régénérer l'adresse" }));

    expect(await screen.findByLabelText("Adresse de votre agenda")).toHaveValue(ADDRESS);
    expect(api.requestsTo("POST", FEED)).toHaveLength(1);
  });

  it("switches the feed off after a confirmation", async () => {
    const { api } = feedRoutes(true);
    renderSection();
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Désactiver" }));
    await user.click(within(screen.getByRole("dialog", { name: "Désactiver votre agenda ?" })).getByRole("button", { name: "Désactiver" }));

    expect(await screen.findByText("Votre agenda est désactivé : son adresse ne fonctionne plus.")).toBeInTheDocument();
    expect(api.requestsTo("DELETE", FEED)).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "Activer mon agenda" })).toBeInTheDocument());
  });
});
