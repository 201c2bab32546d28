import { Pagination, type PaginationProps } from "@codegouvfr/react-dsfr/Pagination";
import { pageCount, type ListTotal } from "../lib/list-total";

type ListPaginationProps = Omit<PaginationProps, "count" | "defaultPage"> & {
  /** The page as the API answered it: its total, the flag that says whether it is exact, and its items. */
  result: ListTotal & { items: readonly unknown[] };
  pageSize: number;
  /** The current page, from 1. */
  page: number;
};

/**
 * The DSFR pagination of a list whose total may be a lower bound (`totalExact: false`): it never offers a « Dernière
 * page » it cannot know, and offers « Page suivante » while the current page is full. Nothing when one page holds all.
 */
export function ListPagination({ result, pageSize, page, showFirstLast, ...rest }: ListPaginationProps) {
  const { count, lastKnown } = pageCount(result, pageSize, page, result.items.length);
  if (count <= 1) return null;
  return <Pagination {...rest} count={count} defaultPage={page} showFirstLast={showFirstLast && lastKnown} />;
}
