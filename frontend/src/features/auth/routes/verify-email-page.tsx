import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useSearchParams } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useVerifyEmail } from "../api/verify-email";
import { ResendVerificationForm } from "../components/resend-verification-form";

export function VerifyEmailPage() {
  useDocumentTitle("Confirmation de votre adresse électronique");
  const token = useSearchParams()[0].get("token") ?? "";
  const verification = useVerifyEmail(token);

  return (
    <CenteredColumn>
      <h1>Confirmation de votre adresse électronique</h1>
      {token === "" && (
        <Alert
          as="h2"
          severity="error"
          className="fr-mb-4w"
          title="Lien incomplet"
          description="Ce lien ne contient pas de code de confirmation. Copiez l'adresse complète reçue par courriel, ou demandez un nouveau lien."
        />
      )}
      {verification.isLoading && <LoadingMessage>Confirmation en cours…</LoadingMessage>}
      {verification.isSuccess && (
        <>
          <Alert
            as="h2"
            severity={verification.data.alreadyVerified ? "info" : "success"}
            role="status"
            className="fr-mb-4w"
            title={verification.data.alreadyVerified ? "Adresse déjà confirmée" : "Adresse confirmée"}
            description={verification.data.message}
          />
          <Button linkProps={{ to: paths.auth.login.getHref() }}>Se connecter</Button>
        </>
      )}
      {verification.isError && <ProblemAlert error={verification.error} title="Votre adresse n'a pas été confirmée" />}
      {(token === "" || verification.isError) && (
        <>
          <h2 className="fr-h4">Demander un nouveau lien</h2>
          <ResendVerificationForm />
        </>
      )}
    </CenteredColumn>
  );
}
