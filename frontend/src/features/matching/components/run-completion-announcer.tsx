import { useState } from "react";
import type { MatchingRun } from "../../../lib/api/types";
import { formatCount } from "../utils/run-labels";

function completionMessage(run: MatchingRun): string | null {
  if (run.status === "FAILED") return "Le calcul a échoué.";
  if (run.status !== "DONE") return null;
  const matched = run.figures?.matched ?? 0;
  const pairs = matched === 1 ? "1 binôme proposé" : `${formatCount(matched)} binômes proposés`;
  return `Le calcul est terminé : ${pairs}, prêts à revoir.`;
}

/**
 * A polite live region that tells screen reader users when a computation they watched ends:
 * the stepper and figures change silently otherwise. A run already over when the page opened is not announced.
 */
export function RunCompletionAnnouncer({ run }: { run: MatchingRun }) {
  const [sawRunning, setSawRunning] = useState(false);
  if (run.status === "RUNNING" && !sawRunning) setSawRunning(true);
  const message = sawRunning && run.status !== "RUNNING" ? completionMessage(run) : null;
  return (
    <p role="status" className="fr-sr-only">
      {message}
    </p>
  );
}
