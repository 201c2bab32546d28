import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, mockApi, problemResponse, type ApiRoutes } from "../../../test/mock-api";
import { renderWithProviders } from "../../../test/render-with-providers";
import { eventStatistics, memberStatistics, mentorshipStatistics, projectStatistics, trainingStatistics } from "../test/stats-fixtures";
import { StatisticsPage } from "./statistics-page";

// jsdom lays nothing out, so recharts would draw nothing: the chart stands in as its image, the tables are the real ones.
vi.mock("../components/stat-chart", () => ({
  default: ({ valueLabel }: { valueLabel: string }) => <div role="img" aria-label={`Graphique : ${valueLabel}`} />,
}));

const ROUTES: ApiRoutes = {
  "GET /api/v1/stats/members": () => jsonResponse(memberStatistics),
  "GET /api/v1/stats/mentorships": () => jsonResponse(mentorshipStatistics),
  "GET /api/v1/stats/projects": () => jsonResponse(projectStatistics),
  "GET /api/v1/stats/events": () => jsonResponse(eventStatistics),
  "GET /api/v1/stats/training": () => jsonResponse(trainingStatistics),
};

/** The table under the accordion that follows a figure's title. */
function tableOf(title: string): HTMLElement {
  const heading = screen.getByRole("heading", { level: 3, name: title });
  const figure = heading.parentElement as HTMLElement;
  return within(figure).getByRole("table");
}

// jsdom has no object URLs: the test gives them, and records the blobs the page hands to the browser.
const blobs: Blob[] = [];

describe("StatisticsPage", () => {
  beforeEach(() => {
    blobs.length = 0;
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:statistiques";
      }),
      revokeObjectURL: vi.fn(),
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it("shows every section's figures, their tables and « moins de 5 » for the hidden ones", async () => {
    mockApi(ROUTES);
    renderWithProviders(<StatisticsPage />, { url: "/statistiques" });

    expect(screen.getByRole("heading", { level: 1, name: "Statistiques de la communauté" })).toBeInTheDocument();
    for (const section of ["Les membres", "Le mentorat", "Les projets", "Les événements", "La formation"]) {
      expect(screen.getByRole("heading", { level: 2, name: section })).toBeInTheDocument();
    }
    await screen.findByRole("heading", { level: 3, name: "Membres par région" });

    const regions = tableOf("Membres par région");
    const rows = within(regions).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "RégionMembres",
      "Île-de-France1\u202f200",
      "Corsemoins de 5",
      "Bretagnesecret statistique",
      "Non renseigné20",
    ]);
    expect(within(tableOf("Membres confirmés au fil des mois (cumul)")).getByRole("row", { name: /octobre 2026/ })).toHaveTextContent(
      "moins de 5",
    );
    expect(await screen.findByRole("img", { name: /Membres à la fin du mois/ })).toBeInTheDocument();
    expect(screen.getByText("membres confirmés").parentElement).toHaveTextContent(/^1.234membres confirmés$/);

    await screen.findByRole("heading", { level: 3, name: "Binômes commencés chaque mois" });
    expect(screen.getByText("4,3 / 5")).toBeInTheDocument();
    expect(within(tableOf("Événements tenus par type")).getByRole("row", { name: /Atelier/ })).toHaveTextContent("moins de 5");
    await screen.findByRole("heading", { level: 3, name: "Ressources publiées par type" });
    expect(screen.getAllByText("moins de 5").length).toBeGreaterThan(4);
  });

  it("says when a figure has nothing to draw yet, and keeps its table", async () => {
    mockApi(ROUTES);
    renderWithProviders(<StatisticsPage />, { url: "/statistiques" });

    const heading = await screen.findByRole("heading", { level: 3, name: "Binômes menés à leur terme chaque mois" });
    const figure = heading.parentElement as HTMLElement;
    expect(within(figure).getByText(/Aucune valeur n'atteint encore 5/)).toBeInTheDocument();
    expect(within(figure).queryByRole("img")).not.toBeInTheDocument();
    expect(within(figure).getAllByText("moins de 5")).toHaveLength(2);
  });

  it("downloads a figure's data as a CSV that French Excel opens: BOM, « ; », accents kept", async () => {
    mockApi(ROUTES);
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderWithProviders(<StatisticsPage />, { url: "/statistiques" });

    const heading = await screen.findByRole("heading", { level: 3, name: "Membres par région" });
    await userEvent.click(within(heading.parentElement as HTMLElement).getByRole("button", { name: /Télécharger les données \(CSV\)/ }));

    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      "\uFEFFRégion;Membres;Code\r\nÎle-de-France;1200;IDF\r\nCorse;moins de 5;COR\r\nBretagne;secret statistique;BRE\r\nNon renseigné;20;NON_RENSEIGNE\r\n",
    );
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
  });

  it("shows a section's error without hiding the others", async () => {
    mockApi({
      ...ROUTES,
      "GET /api/v1/stats/projects": () => problemResponse({ status: 503, detail: "Service momentanément indisponible." }),
    });
    renderWithProviders(<StatisticsPage />, { url: "/statistiques" });

    expect(await screen.findByText("Ces chiffres sont momentanément indisponibles")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 3, name: "Membres par région" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 3, name: "Projets par état" })).not.toBeInTheDocument();
  });

  it("shows a loading message until the figures arrive", async () => {
    mockApi({ ...ROUTES, "GET /api/v1/stats/members": () => new Promise<Response>(() => {}) });
    renderWithProviders(<StatisticsPage />, { url: "/statistiques" });

    const members = screen.getByRole("heading", { level: 2, name: "Les membres" }).parentElement as HTMLElement;
    expect(within(members).getByRole("status")).toHaveTextContent("Chargement des chiffres…");
    await waitFor(() => expect(screen.getByRole("heading", { level: 3, name: "Projets par état" })).toBeInTheDocument());
  });
});
