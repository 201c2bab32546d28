/**
 * A list's total as the API answers it: exact up to the server's count cap, else `total` is the cap and the list holds
 * more (`totalExact: false`, README « Lists and pagination »). Envelopes that always count exactly omit the flag.
 */
export type ListTotal = { total: number; totalExact?: boolean };

const INTEGER = new Intl.NumberFormat("fr-FR");

/** « 1 234 » (a narrow no-break space between thousands), or « plus de 1 000 » when the server stopped counting. */
export function totalFigure({ total, totalExact = true }: ListTotal): string {
  return totalExact ? INTEGER.format(total) : `plus de ${INTEGER.format(total)}`;
}

/** « 1 membre trouvé », « 1 234 membres trouvés », « Plus de 1 000 membres trouvés »: a sentence's start. */
export function totalLabel(list: ListTotal, one: string, many: string): string {
  if (list.total === 1 && list.totalExact !== false) return `1 ${one}`;
  const figure = totalFigure(list);
  return `${figure.charAt(0).toUpperCase()}${figure.slice(1)} ${many}`;
}

/**
 * How many pages the pagination may offer, and whether the last of them is known to be the list's last. With an exact
 * total, every page. Without, the pages the total covers, plus the next one while the current page is full: the list
 * may go on, and only the next answer tells (an incomplete page comes with the exact total, an empty one is the end).
 *
 * @param currentPage from 1, as the DSFR pagination counts
 */
export function pageCount(
  { total, totalExact = true }: ListTotal,
  pageSize: number,
  currentPage: number,
  itemsOnPage: number,
): { count: number; lastKnown: boolean } {
  const covered = Math.ceil(total / pageSize);
  if (totalExact) return { count: covered, lastKnown: true };
  const reached = itemsOnPage >= pageSize ? currentPage + 1 : currentPage;
  return { count: Math.max(covered, reached), lastKnown: false };
}
