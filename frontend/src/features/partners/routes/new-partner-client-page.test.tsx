import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { ADMIN_SESSION, agricultureIntranet, CLIENT_ID } from "../test/partner-fixtures";
import { NewPartnerClientPage } from "./new-partner-client-page";

const CREATE = "POST /api/v1/partner-clients";

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Nom du client/), "Intranet de l'Agriculture");
  await user.type(screen.getByLabelText(/^Adresse e-mail du contact technique/), "dsi-integration@agriculture.gouv.fr");
  await user.selectOptions(await screen.findByLabelText(/^Organisation/), "Institut national de la statistique (Insee)");
  await user.click(screen.getByLabelText(/^events:read/));
  await user.click(screen.getByLabelText(/^resources:read/));
  await user.clear(screen.getByLabelText(/^Limite d'appels par minute/));
  await user.type(screen.getByLabelText(/^Limite d'appels par minute/), "120");
  await user.type(screen.getByLabelText(/^Adresses IP autorisées/), "203.0.113.0/24");
}

describe("registering a partner client", () => {
  it("asks for the missing fields before calling the API", async () => {
    startSession(ADMIN_SESSION);
    const api = mockApi({ ...REFERENTIAL_ROUTES });
    renderWithProviders(<NewPartnerClientPage />);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole("button", { name: "Enregistrer le client" }));
    expect(screen.getByText("Indiquez le nom du client.")).toBeInTheDocument();
    expect(screen.getByText("Accordez au moins une portée.")).toBeInTheDocument();
    expect(screen.getByText("Choisissez l'organisation.")).toBeInTheDocument();
    expect(api.requestsTo("POST", "/api/v1/partner-clients")).toHaveLength(0);
  });

  it("shows the server's refusal on its field", async () => {
    startSession(ADMIN_SESSION);
    mockApi({
      ...REFERENTIAL_ROUTES,
      [CREATE]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "create.body.ipAllowlist[0]", message: "Plage d'adresses invalide : 203.0.113.0/33." }],
        }),
    });
    renderWithProviders(<NewPartnerClientPage />);
    const user = userEvent.setup({ delay: null });
    await fillForm(user);
    await user.click(screen.getByRole("button", { name: "Enregistrer le client" }));
    expect(await screen.findByText("Plage d'adresses invalide : 203.0.113.0/33.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Le client n'a pas été enregistré");
  });

  it("sends the client and shows its secret once, with a copy button and the warning", async () => {
    startSession(ADMIN_SESSION);
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [CREATE]: () => jsonResponse({ client: agricultureIntranet, clientId: CLIENT_ID, clientSecret: "sps_s3cr3t-une-seule-fois" }, 201),
    });
    renderWithProviders(<NewPartnerClientPage />);
    const user = userEvent.setup({ delay: null });
    await fillForm(user);
    await user.type(screen.getByLabelText(/^Fin de validité/), "2027-06-30");
    await user.click(screen.getByRole("button", { name: "Enregistrer le client" }));

    expect(await screen.findByRole("heading", { name: "Client « Intranet de l'Agriculture » enregistré" })).toBeInTheDocument();
    expect(screen.getByText("Ce secret ne sera plus affiché")).toBeInTheDocument();
    expect(screen.getByText("sps_s3cr3t-une-seule-fois")).toBeInTheDocument();
    expect(screen.getByText(CLIENT_ID)).toBeInTheDocument();

    const body = await api.requestsTo("POST", "/api/v1/partner-clients")[0].json();
    expect(body).toEqual({
      name: "Intranet de l'Agriculture",
      contactEmail: "dsi-integration@agriculture.gouv.fr",
      organizationId: "org-insee",
      scopes: ["events:read", "resources:read"],
      rateLimitPerMinute: 120,
      ipAllowlist: ["203.0.113.0/24"],
      expiresAt: new Date("2027-06-30T23:59:59").toISOString(),
    });

    await user.click(screen.getByRole("button", { name: "Copier le secret" }));
    expect(await navigator.clipboard.readText()).toBe("sps_s3cr3t-une-seule-fois");
    expect(screen.getByText("Secret copié dans le presse-papiers.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "J'ai copié le secret : voir le client" })).toHaveAttribute(
      "href",
      `/admin/partenaires/${CLIENT_ID}`,
    );
  });
});
