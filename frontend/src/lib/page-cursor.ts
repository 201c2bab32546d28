/**
 * Paging by cursor beyond a list's count (README « Lists and pagination »): the URL keeps the page number, counted from
 * 1, for people, and beside it the cursor that the page before answered (`next`), which the API reads instead of the
 * number: a deep page then costs no `OFFSET`. The cursor only counts for a page beyond the first.
 */

/** The API's paging for this page: the cursor when the URL holds one, else the number (the API counts from 0). */
export function pagePosition(page: number, after: string | undefined): { page?: number; after?: string } {
  return page > 1 && after ? { after } : { page: page - 1 };
}

/** Writes the page and its cursor into a URL's query. */
export function setPageParams(params: URLSearchParams, page: number, after: string | undefined): void {
  if (page > 1) params.set("page", String(page));
  if (page > 1 && after) params.set("after", after);
}
