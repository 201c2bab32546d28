import type { ReactNode } from "react";
import { ListPagination } from "../../../components/list-pagination";
import { LIST_PAGE_SIZE } from "../api/resources-queries";

type PagedResourceListProps<Item> = {
  items: Item[];
  total: number;
  page: number;
  keyOf: (item: Item) => string;
  render: (item: Item) => ReactNode;
};

/** Cards on a grid, and the pages as links (`?page=2`), for my list, my proposals and the moderation queue. */
export function PagedResourceList<Item>({ items, total, page, keyOf, render }: PagedResourceListProps<Item>) {
  return (
    <>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {items.map((item) => (
          <li key={keyOf(item)} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            {render(item)}
          </li>
        ))}
      </ul>
      <ListPagination
        result={{ items, total }}
        pageSize={LIST_PAGE_SIZE}
        page={page}
        className="fr-mt-4w"
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
    </>
  );
}
