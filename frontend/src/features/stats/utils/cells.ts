import type { StatCell } from "../../../lib/api/types";

const numberFormat = new Intl.NumberFormat("fr-FR");

export const LESS_THAN_FIVE = "moins de 5";
export const SECRET = "secret statistique";

/** What a person reads for a cell: the number, « moins de 5 », or « secret statistique » (see the API's StatCell). */
export function cellText(cell: StatCell): string {
  if (cell.status === "LESS_THAN_FIVE") return LESS_THAN_FIVE;
  if (cell.status === "SECRET" || cell.value === null || cell.value === undefined) return SECRET;
  return numberFormat.format(cell.value);
}

/** The value a chart draws: nothing for a hidden cell. */
export function chartValue(cell: StatCell): number | null {
  return cell.status === "PUBLISHED" && typeof cell.value === "number" ? cell.value : null;
}

/** How many cells of a series a chart can draw. */
export function publishedCount(cells: readonly StatCell[]): number {
  return cells.filter((cell) => chartValue(cell) !== null).length;
}
