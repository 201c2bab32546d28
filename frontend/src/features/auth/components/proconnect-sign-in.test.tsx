import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { jsonResponse, mockApi } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { LoginPage } from "../routes/login-page";

const PROVIDERS = "GET /api/v1/auth/providers";

describe("sign-in with ProConnect on the login page", () => {
  it("shows the official button, which opens the API's start address, when ProConnect is on", async () => {
    mockApi({ [PROVIDERS]: () => jsonResponse({ proConnect: true }) });
    renderWithProviders(<LoginPage />, { url: "/connexion" });

    const button = await screen.findByRole("link", { name: /S.identifier avec\s*ProConnect/ });
    expect(button).toHaveAttribute("href", "/api/v1/auth/proconnect/start");
    expect(screen.getByRole("heading", { level: 2, name: "Avec ProConnect" })).toBeInTheDocument();
  });

  it("hides the button when ProConnect is off", async () => {
    const api = mockApi({ [PROVIDERS]: () => jsonResponse({ proConnect: false }) });
    renderWithProviders(<LoginPage />, { url: "/connexion" });

    expect(await screen.findByRole("heading", { level: 1, name: "Connexion à Spyrales" })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo("GET", "/api/v1/auth/providers")).toHaveLength(1));
    expect(screen.queryByText(/ProConnect/)).not.toBeInTheDocument();
  });

  it("explains in French why ProConnect sent the agent back", async () => {
    mockApi({ [PROVIDERS]: () => jsonResponse({ proConnect: true }) });
    renderWithProviders(<LoginPage />, { url: "/connexion?proconnect=domaine-refuse" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Connexion avec ProConnect impossible");
    expect(alert).toHaveTextContent("Spyrales est réservé aux agents publics");
  });

  it("has a message for a reason it does not know", async () => {
    mockApi({ [PROVIDERS]: () => jsonResponse({ proConnect: true }) });
    renderWithProviders(<LoginPage />, { url: "/connexion?proconnect=autre-chose" });

    expect(await screen.findByRole("alert")).toHaveTextContent("La connexion avec ProConnect n'a pas abouti.");
  });
});
