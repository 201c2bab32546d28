import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DatasetFacts } from "./dataset-facts";

describe("the facts of a dataset", () => {
  it("names the licence of a dataset published elsewhere, and says once why it waits", () => {
    const reason =
      "À vérifier : ce jeu de données n'est pas publié sur data.gouv.fr ; un·e animateur·rice confirmera qu'il est bien ouvert.";
    render(
      <DatasetFacts
        state="TO_REVIEW"
        facts={{
          title: "Naissances et fécondité par département",
          producer: "Insee",
          licence: "cc-by",
          url: "https://www.insee.fr/fr/statistiques/series/102326800",
          reason,
          archived: false,
        }}
      />,
    );

    expect(screen.getByRole("link", { name: /Naissances et fécondité par département/ })).toHaveAttribute(
      "href",
      "https://www.insee.fr/fr/statistiques/series/102326800",
    );
    expect(screen.getByText("À vérifier", { exact: true })).toBeInTheDocument();
    expect(screen.getAllByText(reason)).toHaveLength(1);
    expect(screen.getByText("Licence : Creative Commons Attribution (CC-BY)")).toBeInTheDocument();
  });
});
