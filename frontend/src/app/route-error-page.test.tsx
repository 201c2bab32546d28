import { render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { RouteErrorPage } from "./route-error-page";

/** The application's shape: a root whose error page stands in for everything under it, a page loaded on demand. */
function openPage(loadPage: () => Promise<never>) {
  const router = createMemoryRouter(
    [
      {
        path: "/",
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <h1>Accueil</h1> },
          { path: "statistiques", lazy: loadPage },
        ],
      },
    ],
    { initialEntries: ["/statistiques"] },
  );
  render(<RouterProvider router={router} />);
}

describe("the error page", () => {
  it("asks to reload when the page's code cannot be downloaded (a deployment happened since the tab opened)", async () => {
    openPage(() =>
      Promise.reject(new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/statistics-page-z6vypKHT.js")),
    );

    expect(await screen.findByRole("heading", { level: 1, name: "Cette page doit être rechargée" })).toBeInTheDocument();
    expect(screen.getByText(/Spyrales a été mis à jour depuis l'ouverture de cet onglet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Recharger la page" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Page d'accueil" })).toHaveAttribute("href", "/");
    // The router renders the error page after the lazy import rejected, outside any act(): React may paint the heading
    // before it runs the effect that names the tab.
    await waitFor(() => expect(document.title).toBe("Page à recharger — Spyrales"));
  });

  it("keeps the general message for any other failure of a page", async () => {
    openPage(() => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")));

    expect(await screen.findByRole("heading", { level: 1, name: "Erreur inattendue" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Recharger la page" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Page d'accueil" })).toHaveAttribute("href", "/");
  });
});
