import type { DatasetState } from "../api/types";

export const DATASET_STATE_LABELS: Record<DatasetState, string> = {
  VERIFIED: "Vérifié",
  TO_REVIEW: "À vérifier",
  REFUSED: "Refusé",
};

export const DATASET_STATE_SEVERITIES: Record<DatasetState, "success" | "warning" | "error"> = {
  VERIFIED: "success",
  TO_REVIEW: "warning",
  REFUSED: "error",
};

/**
 * The open licences a dataset published outside data.gouv.fr may have: the server's configured list
 * (spyrales.opendata, documented on DatasetInput.licence), with their usual French names.
 */
export const OPEN_LICENCES = [
  { id: "lov2", title: "Licence Ouverte / Open Licence version 2.0" },
  { id: "fr-lo", title: "Licence Ouverte / Open Licence" },
  { id: "odc-odbl", title: "Open Database License (ODbL)" },
  { id: "odc-by", title: "Open Data Commons Attribution License" },
  { id: "odc-pddl", title: "Open Data Commons Public Domain Dedication and License (PDDL)" },
  { id: "cc-by", title: "Creative Commons Attribution (CC-BY)" },
  { id: "cc-by-sa", title: "Creative Commons Attribution Share-Alike (CC-BY-SA)" },
  { id: "cc-zero", title: "Creative Commons CCZero (CC0)" },
] as const;
