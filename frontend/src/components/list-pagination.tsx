import { Pagination, type PaginationProps } from "@codegouvfr/react-dsfr/Pagination";
import { pageCount, type ListTotal } from "../lib/list-total";

type ListPaginationProps = Omit<PaginationProps, "count" | "defaultPage" | "getPageLinkProps"> & {
  /**
   * The page as the API answered it: its total, the flag that says whether it is exact, its items, and the cursor of
   * the page after it (`next`, on the lists that page by cursor).
   */
  result: ListTotal & { items: readonly unknown[]; next?: string | null };
  pageSize: number;
  /** The current page, from 1. */
  page: number;
  /** The link to a page; `after` is given for the next page beyond the count, to be read by cursor. */
  getPageLinkProps: (page: number, after?: string) => ReturnType<PaginationProps["getPageLinkProps"]>;
};

/**
 * The DSFR pagination of a list whose total may be a lower bound (`totalExact: false`): it never offers a « Dernière
 * page » it cannot know, and offers « Page suivante » while the current page is full. Nothing when one page holds all.
 * Beyond the count, the next page's link carries the cursor that the API answered, so that it is read without `OFFSET`.
 */
export function ListPagination({ result, pageSize, page, showFirstLast, getPageLinkProps, ...rest }: ListPaginationProps) {
  const { count, lastKnown } = pageCount(result, pageSize, page, result.items.length);
  if (count <= 1) return null;
  const cursor = result.totalExact === false && result.next ? result.next : undefined;
  return (
    <Pagination
      {...rest}
      count={count}
      defaultPage={page}
      showFirstLast={showFirstLast && lastKnown}
      getPageLinkProps={(target) => getPageLinkProps(target, target === page + 1 ? cursor : undefined)}
    />
  );
}
