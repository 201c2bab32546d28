import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import type { MatchingRunStage } from "../../../lib/api/types";
import { STAGE_LABELS, STAGES } from "../utils/run-labels";

/** Where a computation stands, as a DSFR stepper: « Étape 3 sur 5 — Optimisation ». */
export function RunProgress({ stage }: { stage: MatchingRunStage }) {
  const index = STAGES.indexOf(stage);
  const next = STAGES[index + 1];
  return (
    <Stepper
      currentStep={index + 1}
      stepCount={STAGES.length}
      title={STAGE_LABELS[stage]}
      nextTitle={next ? STAGE_LABELS[next] : undefined}
    />
  );
}
