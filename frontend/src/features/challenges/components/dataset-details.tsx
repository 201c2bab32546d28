import { DatasetFacts } from "../../../components/open-data/dataset-facts";
import type { Dataset } from "../../../lib/api/types";

/** The dataset of a challenge, said as everywhere else: what it is, who produces it, its licence and its check. */
export function DatasetDetails({ dataset }: { dataset: Dataset }) {
  return (
    <div className="fr-card fr-card--no-arrow fr-p-3w">
      <DatasetFacts facts={dataset} state={dataset.state} />
    </div>
  );
}
