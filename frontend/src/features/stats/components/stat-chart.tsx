import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StatCell } from "../../../lib/api/types";
import { chartValue } from "../utils/cells";

export type ChartKind = "bar" | "horizontal-bar" | "line";

type StatChartProps = {
  kind: ChartKind;
  cells: readonly StatCell[];
  valueLabel: string;
};

// DSFR « bleu France » 525: readable on the light and the dark theme.
const COLOR = "#6a6af4";
const numberFormat = new Intl.NumberFormat("fr-FR");

/**
 * A chart of a figure's published cells; hidden cells draw nothing. Loaded apart from the page (recharts weighs
 * more than the rest of it), and read by screen readers through the table beside it, so the drawing is an image
 * whose name says where the data are.
 */
export default function StatChart({ kind, cells, valueLabel }: StatChartProps) {
  const data = cells.map((cell) => ({ label: cell.label, value: chartValue(cell) }));
  const height = kind === "horizontal-bar" ? Math.max(160, 32 * data.length) : 280;
  const format = (value: unknown) => (typeof value === "number" ? numberFormat.format(value) : String(value));
  return (
    <div role="img" aria-label={`Graphique : ${valueLabel}. Les valeurs sont dans le tableau de données.`}>
      <ResponsiveContainer width="100%" height={height}>
        {kind === "line" ? (
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={format} allowDecimals={false} />
            <Tooltip formatter={(value) => [format(value), valueLabel]} />
            <Line type="monotone" dataKey="value" stroke={COLOR} strokeWidth={2} connectNulls isAnimationActive={false} />
          </LineChart>
        ) : kind === "horizontal-bar" ? (
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={format} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [format(value), valueLabel]} />
            <Bar dataKey="value" fill={COLOR} isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={format} allowDecimals={false} />
            <Tooltip formatter={(value) => [format(value), valueLabel]} />
            <Bar dataKey="value" fill={COLOR} isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
