import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useLocation } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { ResendVerificationForm } from "../components/resend-verification-form";

function registeredEmail(state: unknown): string {
  return typeof state === "object" && state !== null && "email" in state && typeof state.email === "string" ? state.email : "";
}

export function CheckYourMailPage() {
  useDocumentTitle("Vérifiez votre messagerie");
  const email = registeredEmail(useLocation().state);
  return (
    <CenteredColumn>
      <h1>Vérifiez votre messagerie</h1>
      <Alert
        as="h2"
        severity="info"
        className="fr-mb-4w"
        title="Un lien de confirmation vous a été envoyé"
        description={
          email
            ? `Si l'adresse ${email} peut être inscrite, vous allez recevoir un courriel. Cliquez sur le lien qu'il contient pour activer votre compte.`
            : "Si votre adresse peut être inscrite, vous allez recevoir un courriel. Cliquez sur le lien qu'il contient pour activer votre compte."
        }
      />
      <h2 className="fr-h4">Vous n'avez rien reçu ?</h2>
      <p>Vérifiez vos courriers indésirables, puis demandez un nouveau lien.</p>
      <ResendVerificationForm defaultEmail={email} />
    </CenteredColumn>
  );
}
