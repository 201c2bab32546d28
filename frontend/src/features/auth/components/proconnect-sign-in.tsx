import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { PROCONNECT_START_URL, proConnectFailure, proConnectQueries } from "../api/proconnect";

/**
 * The official « S'identifier avec ProConnect » button, shown only when the server has ProConnect on, and the
 * reason of a failed attempt when the API sent the browser back here with one.
 */
export function ProConnectSignIn() {
  const providers = useQuery(proConnectQueries.providers());
  const [searchParams] = useSearchParams();
  const failure = proConnectFailure(searchParams.get("proconnect"));

  return (
    <>
      {failure && (
        <Alert
          as="h2"
          severity="error"
          role="alert"
          className="fr-mb-4w"
          title="Connexion avec ProConnect impossible"
          description={failure}
        />
      )}
      {providers.data?.proConnect && (
        <section aria-labelledby="proconnect-title" className="fr-mb-6w">
          <h2 id="proconnect-title" className="fr-h4">
            Avec ProConnect
          </h2>
          <p>
            ProConnect est la solution proposée par l'État pour que les agents publics se connectent avec leur identité professionnelle.
          </p>
          <ProConnectButton url={PROCONNECT_START_URL} />
          <hr className="fr-mt-4w" />
          <h2 className="fr-h4">Avec votre adresse e-mail</h2>
        </section>
      )}
    </>
  );
}
