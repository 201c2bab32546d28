import type { StatCell } from "../../../lib/api/types";
import { cellText } from "./cells";

/** Opens in a French Excel as is: UTF-8 with a byte order mark, « ; » between fields, CRLF between lines. */
const BOM = "\uFEFF";
const SEPARATOR = ";";

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of a table: a header line, then one line per row. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [headers, ...rows].map((row) => row.map(field).join(SEPARATOR)).join("\r\n") + "\r\n";
}

/**
 * The CSV of a figure's cells: the same columns as its table. Published values are plain digits (a spreadsheet reads
 * them as numbers); hidden cells are written as the page shows them, « moins de 5 » or « secret statistique ».
 */
export function cellsToCsv(labelHeader: string, valueHeader: string, cells: readonly StatCell[]): string {
  return toCsv(
    [labelHeader, valueHeader, "Code"],
    cells.map((cell) => [
      cell.label,
      cell.status === "PUBLISHED" && typeof cell.value === "number" ? String(cell.value) : cellText(cell),
      cell.key,
    ]),
  );
}

/** Hands the text to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
