import { act, render, screen } from "@testing-library/react";
import { createMemoryRouter, Link, Outlet, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { PageLoadingStatus } from "./page-loading-status";

describe("the loading status of a page downloaded on its first visit", () => {
  it("says the next page is coming while the page left stays, and falls silent once it is there", async () => {
    let deliverPage = () => {};
    const pageCode = new Promise<{ Component: () => React.JSX.Element }>((resolve) => {
      deliverPage = () => resolve({ Component: () => <h1>Statistiques</h1> });
    });
    const router = createMemoryRouter([
      {
        path: "/",
        element: (
          <main>
            <PageLoadingStatus />
            <Outlet />
          </main>
        ),
        children: [
          {
            index: true,
            element: (
              <>
                <h1>Accueil</h1>
                <Link to="/statistiques">Statistiques</Link>
              </>
            ),
          },
          { path: "statistiques", lazy: () => pageCode },
        ],
      },
    ]);
    render(<RouterProvider router={router} />);
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();

    act(() => screen.getByRole("link", { name: "Statistiques" }).click());

    expect(await screen.findByText("Chargement de la page…")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Accueil" })).toBeInTheDocument();

    await act(async () => deliverPage());

    expect(await screen.findByRole("heading", { level: 1, name: "Statistiques" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });
});
