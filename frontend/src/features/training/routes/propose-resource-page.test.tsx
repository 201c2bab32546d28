import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { startSession } from "../../../lib/session/session-store";
import { jsonResponse, mockApi, problemResponse, REFERENTIAL_ROUTES } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { resourceFixture } from "../test/resource-fixtures";
import { EditResourcePage } from "./edit-resource-page";
import { ProposeResourcePage } from "./propose-resource-page";

const RESOURCES = "/api/v1/resources";
const URL_CHECK = "/api/v1/resources/url-check";

function signIn() {
  startSession({ accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-lea", roles: ["member"] });
}

function renderPage() {
  return renderWithProviders(<ProposeResourcePage />, {
    url: "/ressources/proposer",
    otherRoutes: [{ path: "/ressources/:id", element: <p>Page de la ressource</p> }],
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.type(screen.getByLabelText(/Adresse de la ressource/), url);
  await user.type(screen.getByLabelText(/^Titre/), "Le tutoriel Python");
  await user.selectOptions(screen.getByLabelText("Type de ressource"), "TUTORIAL");
  await user.click(screen.getByLabelText("Débutant"));
  await user.click(within(screen.getByRole("group", { name: /^Langage de programmation/ })).getByLabelText("Python"));
  await user.click(screen.getByLabelText("En français"));
  await user.click(await within(screen.getByRole("group", { name: /Thèmes/ })).findByLabelText("Python"));
  await user.type(screen.getByLabelText(/Durée estimée/), "300");
}

describe("proposing a resource", () => {
  it("says at once, when the address field is left, that the resource is already in the library, with a link to it", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${URL_CHECK}`]: () =>
        jsonResponse({
          normalizedUrl: "https://www.book.utilitr.org",
          existing: { id: "r-utilitr", title: "utilitR", status: "PUBLISHED" },
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText(/Adresse de la ressource/), "https://WWW.book.utilitr.org/?utm_source=tchap");
    await user.tab();

    expect(await screen.findByText(/Cette ressource est déjà dans la bibliothèque/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "« utilitR »" })).toHaveAttribute("href", "/ressources/r-utilitr");
    expect(new URL(api.requestsTo("GET", URL_CHECK)[0].url).searchParams.get("url")).toBe("https://WWW.book.utilitr.org/?utm_source=tchap");
  });

  it("says only that it is under review when the existing one is someone else's proposal", async () => {
    signIn();
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${URL_CHECK}`]: () => jsonResponse({ normalizedUrl: "https://example.org/cours", alreadyProposed: true }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText(/Adresse de la ressource/), "https://example.org/cours");
    await user.tab();

    expect(await screen.findByText("Cette ressource est déjà proposée et en cours de relecture.")).toBeInTheDocument();
  });

  it("checks the form before sending, then proposes the resource and opens its page", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${URL_CHECK}`]: () => jsonResponse({ normalizedUrl: "https://docs.python.org/fr/3/tutorial", alreadyProposed: false }),
      [`POST ${RESOURCES}`]: () => jsonResponse(resourceFixture({ id: "r-new", status: "PROPOSED" }), 201),
    });
    const { router } = renderPage();
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole("button", { name: "Proposer la ressource" }));
    expect(screen.getByText("Donnez l'adresse de la ressource, qui commence par https://.")).toBeInTheDocument();
    expect(screen.getByText("Choisissez au moins un thème.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Adresse de la ressource/)).toHaveFocus();
    expect(api.requestsTo("POST", RESOURCES)).toHaveLength(0);

    await fillIn(user, "https://docs.python.org/fr/3/tutorial/");
    await user.click(screen.getByRole("button", { name: "Proposer la ressource" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/ressources/r-new"));
    expect(await api.requestsTo("POST", RESOURCES)[0].json()).toEqual({
      title: "Le tutoriel Python",
      url: "https://docs.python.org/fr/3/tutorial/",
      type: "TUTORIAL",
      programmingLanguage: "PYTHON",
      level: "BEGINNER",
      topics: ["python"],
      contentLanguage: "FR",
      free: true,
      durationMinutes: 300,
    });
  });

  it("shows the server's refusal of a duplicate with a link to the existing resource", async () => {
    signIn();
    mockApi({
      ...REFERENTIAL_ROUTES,
      [`GET ${URL_CHECK}`]: () => jsonResponse({ normalizedUrl: "https://docs.python.org/fr/3/tutorial", alreadyProposed: false }),
      [`POST ${RESOURCES}`]: () =>
        problemResponse({
          status: 409,
          detail: "Cette ressource est déjà dans la bibliothèque : « Le tutoriel Python ».",
          existingResourceId: "r-tuto",
        }),
    });
    renderPage();
    const user = userEvent.setup({ delay: null });

    await fillIn(user, "https://docs.python.org/fr/3/tutorial/");
    await user.click(screen.getByRole("button", { name: "Proposer la ressource" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Cette ressource est déjà dans la bibliothèque : « Le tutoriel Python ».");
    expect(screen.getByRole("link", { name: "Voir la ressource déjà dans la bibliothèque" })).toHaveAttribute("href", "/ressources/r-tuto");
  });
  it("asks before leaving a form with unsaved changes", async () => {
    signIn();
    mockApi({ ...REFERENTIAL_ROUTES });
    const { router } = renderWithProviders(<ProposeResourcePage />, {
      url: "/ressources/proposer",
      otherRoutes: [{ path: "/ressources", element: <p>Bibliothèque</p> }],
    });
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText(/^Titre/), "Le tutoriel Python");
    await user.click(screen.getByRole("button", { name: "Annuler" }));

    expect(await screen.findByText("Quitter sans enregistrer ?")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/ressources/proposer");
    await user.click(screen.getByRole("button", { name: "Quitter sans enregistrer" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/ressources"));
  });
});

describe("editing my proposal", () => {
  it("fills the form with the proposal and sends the changes", async () => {
    signIn();
    const api = mockApi({
      ...REFERENTIAL_ROUTES,
      "GET /api/v1/resources/r-utilitr": () =>
        jsonResponse(resourceFixture({ status: "REJECTED", canEdit: true, moderationNote: "Titre trop vague." })),
      "PATCH /api/v1/resources/r-utilitr": () => jsonResponse(resourceFixture({ status: "PROPOSED", canEdit: true })),
    });
    const { router } = renderWithProviders(<EditResourcePage />, {
      url: "/ressources/r-utilitr/modifier",
      path: "/ressources/:id/modifier",
      otherRoutes: [{ path: "/ressources/:id", element: <p>Page de la ressource</p> }],
    });
    const user = userEvent.setup({ delay: null });

    const title = await screen.findByLabelText(/^Titre/);
    expect(title).toHaveValue("utilitR : la documentation collaborative de R");
    expect(screen.getByText(/votre proposition repartira en relecture/)).toBeInTheDocument();
    await user.clear(title);
    await user.type(title, "utilitR, la documentation de R de l'Insee");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/ressources/r-utilitr"));
    expect(await api.requestsTo("PATCH", "/api/v1/resources/r-utilitr")[0].json()).toMatchObject({
      title: "utilitR, la documentation de R de l'Insee",
      url: "https://www.book.utilitr.org/",
      topics: ["r", "statistiques"],
      author: "Insee et contributeurs",
      durationMinutes: 600,
    });
  });
});
