import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DatasetCheckResult } from "../../lib/api/types";
import { jsonResponse, mockApi, problemResponse } from "../../test/mock-api";
import { renderWithProviders } from "../../test/render-with-providers";
import { DatasetCheckField } from "./dataset-check-field";

const CHECK = "/api/v1/datasets/check";

const covid: DatasetCheckResult = {
  verdict: "VERIFIED",
  reason: "Licence ouverte reconnue par data.gouv.fr.",
  archived: false,
  datagouvId: "5e7e104ace2080d9162b61d8",
  title: "Données hospitalières relatives à l'épidémie de COVID-19",
  producer: "Santé publique France",
  licence: "lov2",
  licenceTitle: "Licence Ouverte / Open Licence version 2.0",
  url: "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/",
};

describe("the dataset field", () => {
  it("shows what data.gouv.fr says of a pasted link before it is added", async () => {
    const api = mockApi({ [`POST ${CHECK}`]: () => jsonResponse(covid) });
    const onAdd = vi.fn();
    renderWithProviders(<DatasetCheckField addLabel="Ajouter au projet" onAdd={onAdd} />);
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText(/^Lien data.gouv.fr/), covid.url ?? "");
    await user.click(screen.getByRole("button", { name: "Vérifier" }));

    expect(await screen.findByRole("link", { name: /Données hospitalières relatives à l'épidémie de COVID-19/ })).toBeInTheDocument();
    expect(screen.getByText("Producteur : Santé publique France")).toBeInTheDocument();
    expect(screen.getByText("Licence : Licence Ouverte / Open Licence version 2.0")).toBeInTheDocument();
    expect(screen.getByText(/Licence ouverte reconnue par data.gouv.fr./)).toBeInTheDocument();
    expect(await api.requestsTo("POST", CHECK)[0].json()).toEqual({ reference: covid.url });
    expect(onAdd).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Ajouter au projet" }));
    expect(onAdd).toHaveBeenCalledWith({ reference: covid.url }, covid);
  });

  it("says why a dataset is refused, and offers no way to add it", async () => {
    mockApi({
      [`POST ${CHECK}`]: () =>
        jsonResponse({
          verdict: "REFUSED",
          reason: "Ce jeu de données n'a pas de licence ouverte : seules les données ouvertes sont acceptées.",
          archived: false,
          title: "Un jeu sans licence",
          producer: "Un producteur",
        }),
    });
    renderWithProviders(<DatasetCheckField addLabel="Ajouter au projet" onAdd={vi.fn()} />);
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText(/^Lien data.gouv.fr/), "jeu-sans-licence");
    await user.click(screen.getByRole("button", { name: "Vérifier" }));

    expect(await screen.findByText(/Ce jeu de données n'a pas de licence ouverte/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ajouter au projet" })).not.toBeInTheDocument();
  });

  it("checks a dataset from another source as « à vérifier », and puts the server's refusals on their fields", async () => {
    const api = mockApi({
      [`POST ${CHECK}`]: () =>
        problemResponse({
          status: 400,
          detail: "Certains champs sont invalides.",
          errors: [{ field: "url", message: "L'adresse doit être en https." }],
        }),
    });
    renderWithProviders(<DatasetCheckField addLabel="Ajouter au projet" onAdd={vi.fn()} />);
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByLabelText(/Autre source/));
    await user.click(screen.getByRole("button", { name: "Vérifier" }));
    expect(await screen.findByText("Indiquez le titre du jeu de données.")).toBeInTheDocument();
    expect(api.requestsTo("POST", CHECK)).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Titre du jeu de données/), "Recensement de la population 2021");
    await user.type(screen.getByLabelText(/^Producteur/), "Insee");
    await user.type(screen.getByLabelText(/^Adresse de sa page/), "https://www.insee.fr/fr/statistiques/8200811");
    await user.selectOptions(screen.getByLabelText(/^Licence/), "lov2");
    await user.click(screen.getByRole("button", { name: "Vérifier" }));

    expect(await screen.findByText("L'adresse doit être en https.")).toBeInTheDocument();
    expect(await api.requestsTo("POST", CHECK)[0].json()).toEqual({
      title: "Recensement de la population 2021",
      producer: "Insee",
      url: "https://www.insee.fr/fr/statistiques/8200811",
      licence: "lov2",
    });
  });
});
