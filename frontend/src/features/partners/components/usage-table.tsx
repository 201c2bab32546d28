import { Table } from "@codegouvfr/react-dsfr/Table";
import type { PartnerClientUsage } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";

const HEADERS = ["Jour (UTC)", "Appels", "Erreurs (4xx, 5xx)", "Refus pour dépassement (429)"];

const count = (value: number) => value.toLocaleString("fr-FR");

/** The client's last 30 days, most recent first: only the days it called. */
export function UsageTable({ usage }: { usage: PartnerClientUsage }) {
  const days = [...usage.days].filter((day) => day.calls > 0 || day.errors > 0 || day.throttled > 0).reverse();
  return (
    <>
      <p>
        Sur 30 jours : {count(usage.calls)} appel{usage.calls > 1 ? "s" : ""}, {count(usage.errors)} erreur{usage.errors > 1 ? "s" : ""},{" "}
        {count(usage.throttled)} refus pour dépassement de la limite.
      </p>
      {days.length === 0 ? (
        <p>Aucun appel ces 30 derniers jours.</p>
      ) : (
        <Table
          caption="Appels par jour, du plus récent au plus ancien"
          headers={HEADERS}
          data={days.map((day) => [formatDate(day.day), count(day.calls), count(day.errors), count(day.throttled)])}
        />
      )}
    </>
  );
}
