import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import type { ProjectAttestation } from "../../../lib/api/types";
import { formatDateTime } from "../../../utils/format-date";

/** Who attested, when, and the words they attested, as the server stored them. */
export function OpenDataAttestation({ attestation }: { attestation: ProjectAttestation }) {
  return (
    <CallOut iconId="fr-icon-shield-line" title="Attestation données ouvertes" titleAs="h2" bodyAs="div" className="fr-mb-6w">
      <p>
        {attestation.attestedBy} a attesté le {formatDateTime(attestation.attestedAt)} que ce projet utilise « {attestation.text} ».
      </p>
      <p className="fr-text--xs fr-mb-0">Version du texte : {attestation.version}</p>
    </CallOut>
  );
}
