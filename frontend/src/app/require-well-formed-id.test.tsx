import { render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { withWellFormedIds } from "./require-well-formed-id";

function openAt(url: string) {
  const routes = withWellFormedIds([
    {
      path: "/",
      children: [
        { path: "membres/:id", element: <h1>Un membre</h1> },
        { path: "evenements/:id/modifier", element: <h1>Modifier un événement</h1> },
        { path: "annuaire", element: <h1>Annuaire</h1> },
      ],
    },
  ]);
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [url] })} />);
}

describe("an address with an identifier", () => {
  it.each(["/membres/pas-un-id", "/membres/123", "/evenements/%27%20or%201=1/modifier"])(
    "shows the not-found page when the id cannot be one: %s",
    async (url) => {
      openAt(url);
      expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
    },
  );

  it("shows the page when the id is a UUID", async () => {
    openAt("/membres/0B7C6F4E-4A8E-4C47-9D5E-2F1E8E0F5A11");
    expect(await screen.findByRole("heading", { level: 1, name: "Un membre" })).toBeInTheDocument();
  });

  it("leaves the other addresses alone", async () => {
    openAt("/annuaire");
    expect(await screen.findByRole("heading", { level: 1, name: "Annuaire" })).toBeInTheDocument();
  });
});
