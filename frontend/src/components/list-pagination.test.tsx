import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/render-with-providers";
import { ListPagination } from "./list-pagination";

const fullPage = Array.from({ length: 20 }, (_, i) => i);

function renderPagination(result: { total: number; totalExact: boolean; items: unknown[]; next?: string | null }, page: number) {
  renderWithProviders(
    <ListPagination
      result={result}
      pageSize={20}
      page={page}
      showFirstLast
      getPageLinkProps={(target, after) => ({ to: { search: `?page=${target}${after ? `&after=${after}` : ""}` } })}
    />,
    { url: "/liste" },
  );
  return screen.queryByRole("navigation", { name: "Pagination" });
}

describe("the pagination of a list", () => {
  it("offers the first and last pages of an exact total", () => {
    const nav = renderPagination({ total: 45, totalExact: true, items: fullPage }, 1);
    expect(within(nav!).getByText("Dernière page")).toHaveAttribute("href", "/liste?page=3");
    expect(within(nav!).getByText("Page suivante")).toHaveAttribute("href", "/liste?page=2");
  });

  it("offers no last page when the total is only a lower bound", () => {
    const nav = renderPagination({ total: 1000, totalExact: false, items: fullPage }, 1);
    expect(within(nav!).queryByText("Dernière page")).not.toBeInTheDocument();
    expect(within(nav!).getByText("Page suivante")).toHaveAttribute("href", "/liste?page=2");
    expect(within(nav!).getByRole("link", { name: "50" })).toHaveAttribute("href", "/liste?page=50");
  });

  it("offers the next page beyond the lower bound while the current page is full", () => {
    const nav = renderPagination({ total: 1000, totalExact: false, items: fullPage }, 50);
    expect(within(nav!).getByText("Page suivante")).toHaveAttribute("href", "/liste?page=51");
    expect(within(nav!).queryByText("Dernière page")).not.toBeInTheDocument();
  });

  it("links the next page beyond the count by the cursor the API answered, and no other page", () => {
    const nav = renderPagination({ total: 1000, totalExact: false, items: fullPage, next: "curseur" }, 60);
    expect(within(nav!).getByText("Page suivante")).toHaveAttribute("href", "/liste?page=61&after=curseur");
    expect(within(nav!).getByText("Page précédente")).toHaveAttribute("href", "/liste?page=59");
  });

  it("links pages by number while the total is exact, cursor or not", () => {
    const nav = renderPagination({ total: 45, totalExact: true, items: fullPage, next: "curseur" }, 1);
    expect(within(nav!).getByText("Page suivante")).toHaveAttribute("href", "/liste?page=2");
  });

  it("offers no next page from a page that came back empty", () => {
    const nav = renderPagination({ total: 1000, totalExact: false, items: [] }, 52);
    expect(within(nav!).getByText("Page suivante")).not.toHaveAttribute("href");
    expect(within(nav!).getByText("Page précédente")).toHaveAttribute("href", "/liste?page=51");
  });

  it("shows nothing when one page holds the whole list", () => {
    expect(renderPagination({ total: 12, totalExact: true, items: fullPage.slice(0, 12) }, 1)).toBeNull();
  });
});
