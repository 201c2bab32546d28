/** The `page` of a list's address, counted from 1 as people do; 1 when absent or wrong. */
export function pageParam(params: URLSearchParams, name = "page"): number {
  const page = Number(params.get(name));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
