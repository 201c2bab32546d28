import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ReactNode } from "react";

type QueueSectionProps = {
  id: string;
  title: string;
  total: number;
  /** What the queue is for, and what its action does. */
  description: ReactNode;
  headers: string[];
  rows: ReactNode[][];
  emptyText: string;
  /** The outcome of the last action taken in this queue (success or problem), announced when it appears. */
  outcome?: ReactNode;
};

/** One queue of the console: its count in the title, its table (or why it is empty), and the last action's outcome. */
export function QueueSection({ id, title, total, description, headers, rows, emptyText, outcome }: QueueSectionProps) {
  return (
    <section aria-labelledby={id} className="fr-mb-6w">
      <h2 id={id}>
        {title} <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">{total}</span>
      </h2>
      <p>{description}</p>
      {/* Present before any outcome, so that a screen reader announces the one an action puts in it. */}
      <div aria-live="polite">{outcome}</div>
      {total === 0 ? (
        <p className="fr-text--sm">{emptyText}</p>
      ) : (
        <>
          <Table fixed caption={`${title} : ${total} ligne${total > 1 ? "s" : ""}`} noCaption headers={headers} data={rows} />
          {total > rows.length && (
            <p className="fr-text--sm">
              Les {rows.length} premières lignes sont affichées sur {total}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
