import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { formatDateTime } from "../../../utils/format-date";

type SecretPanelProps = {
  clientId: string;
  clientSecret: string;
  /** After a rotation: until when the previous secret still works. */
  previousSecretValidUntil?: string;
};

/** The client's credentials, shown once: the secret is kept hashed and can never be shown again. */
export function SecretPanel({ clientId, clientSecret, previousSecretValidUntil }: SecretPanelProps) {
  const [copied, setCopied] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(clientSecret);
      setCopied("Secret copié dans le presse-papiers.");
    } catch {
      setCopied("La copie n'a pas fonctionné : sélectionnez le secret et copiez-le.");
    }
  };

  return (
    <section aria-labelledby="partner-secret-title" className="fr-mb-4w">
      <Alert
        as="h2"
        severity="warning"
        className="fr-mb-3w"
        title="Ce secret ne sera plus affiché"
        description="Copiez-le maintenant et remettez-le au contact technique par un canal sûr. Spyrales ne le garde que haché : s'il est perdu, il faudra le renouveler."
      />
      <h2 id="partner-secret-title" className="fr-h5">
        Identifiants du client
      </h2>
      <dl>
        <dt className="fr-text--bold">Identifiant (client_id)</dt>
        <dd>
          <code>{clientId}</code>
        </dd>
        <dt className="fr-text--bold">Secret (client_secret)</dt>
        <dd>
          <code data-testid="partner-secret">{clientSecret}</code>
        </dd>
      </dl>
      {previousSecretValidUntil && (
        <p>L'ancien secret reste accepté jusqu'au {formatDateTime(previousSecretValidUntil)}, le temps de déployer le nouveau.</p>
      )}
      <Button type="button" priority="secondary" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
        Copier le secret
      </Button>
      <p className="fr-mt-1w" role="status" aria-live="polite">
        {copied}
      </p>
    </section>
  );
}
