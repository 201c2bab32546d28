import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { lazy, Suspense } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import type { StatCell } from "../../../lib/api/types";
import { cellText, chartValue, publishedCount } from "../utils/cells";
import { cellsToCsv, downloadCsv } from "../utils/csv";
import type { ChartKind } from "./stat-chart";

// recharts goes in a chunk of its own, fetched once a chart is on screen.
const StatChart = lazy(() => import("./stat-chart"));

type StatFigureProps = {
  /** The figure's title, an h3 under its section's h2. */
  title: string;
  cells: readonly StatCell[];
  kind: ChartKind;
  /** The header of the first column (« Mois », « Région »…). */
  labelHeader: string;
  /** The header of the values' column, also the chart's name. */
  valueHeader: string;
  /** The downloaded file's name, without « .csv ». */
  fileName: string;
};

/** A chart, its table alternative under an accordion, and the data as CSV. */
export function StatFigure({ title, cells, kind, labelHeader, valueHeader, fileName }: StatFigureProps) {
  const published = publishedCount(cells);
  const onlyPoint = kind === "line" && published === 1 ? cells.find((cell) => chartValue(cell) !== null) : undefined;
  return (
    <div className="fr-mb-6w">
      <h3 className="fr-h5">{title}</h3>
      {onlyPoint ? (
        // A line through one point reads as an empty chart: say the one value instead.
        <p>
          Une seule valeur est publiée pour l'instant : <strong>{cellText(onlyPoint)}</strong> ({onlyPoint.label.toLowerCase()}). Les autres
          valeurs sont inférieures à 5 ; la courbe apparaîtra quand il y en aura deux à publier.
        </p>
      ) : published > 0 ? (
        <Suspense fallback={<LoadingMessage>Chargement du graphique…</LoadingMessage>}>
          <StatChart kind={kind} cells={cells} valueLabel={valueHeader} />
        </Suspense>
      ) : (
        <p>Aucune valeur n'atteint encore 5 : le graphique apparaîtra quand il y aura assez de données à publier.</p>
      )}
      <Accordion label="Voir les données en tableau" titleAs="h4">
        <Table caption={title} headers={[labelHeader, valueHeader]} data={cells.map((cell) => [cell.label, cellText(cell)])} />
      </Accordion>
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-download-line"
        className="fr-mt-2w"
        onClick={() => downloadCsv(`${fileName}.csv`, cellsToCsv(labelHeader, valueHeader, cells))}
      >
        Télécharger les données (CSV)
        <span className="fr-sr-only"> : {title}</span>
      </Button>
    </div>
  );
}

/** A single figure, as a DSFR tile-like block: the value (or « moins de 5 ») over its label. */
export function KeyFigure({ cell, label }: { cell: StatCell; label: string }) {
  return (
    <p className="fr-mb-0">
      <span className="fr-h2">{cellText(cell)}</span>
      <br />
      <span className="fr-text--lg">{label}</span>
    </p>
  );
}
