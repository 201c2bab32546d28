import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { lessThanFive, published } from "../test/stats-fixtures";
import { StatFigure } from "./stat-figure";

vi.mock("./stat-chart", () => ({
  default: ({ valueLabel }: { valueLabel: string }) => <div role="img" aria-label={`Graphique : ${valueLabel}`} />,
}));

const props = { title: "Membres au fil des mois", labelHeader: "Mois", valueHeader: "Membres", fileName: "membres" } as const;

describe("StatFigure", () => {
  it("says the one published value of a line instead of drawing a single point", () => {
    render(
      <StatFigure
        {...props}
        kind="line"
        cells={[
          lessThanFive("2026-10", "octobre 2026"),
          lessThanFive("2026-11", "novembre 2026"),
          published("2026-12", "décembre 2026", 42),
        ]}
      />,
    );

    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByText(/Une seule valeur est publiée pour l'instant/)).toHaveTextContent("42 (décembre 2026)");
  });

  it("draws the line once two values are published", async () => {
    render(
      <StatFigure {...props} kind="line" cells={[published("2026-11", "novembre 2026", 40), published("2026-12", "décembre 2026", 42)]} />,
    );

    expect(await screen.findByRole("img", { name: "Graphique : Membres" })).toBeInTheDocument();
    expect(screen.queryByText(/Une seule valeur/)).not.toBeInTheDocument();
  });

  it("draws a bar chart even with a single published bar", async () => {
    render(<StatFigure {...props} kind="bar" cells={[published("A", "Catégorie A", 12), lessThanFive("B", "Catégorie B")]} />);

    expect(await screen.findByRole("img", { name: "Graphique : Membres" })).toBeInTheDocument();
  });

  it("explains an empty chart when nothing reaches 5", () => {
    render(<StatFigure {...props} kind="line" cells={[lessThanFive("2026-12", "décembre 2026")]} />);

    expect(screen.getByText(/Aucune valeur n'atteint encore 5/)).toBeInTheDocument();
  });
});
