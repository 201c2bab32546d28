import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { CenteredColumn } from "../../../components/centered-column";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { useRequestPasswordReset } from "../api/request-password-reset";

export function ForgotPasswordPage() {
  useDocumentTitle("Mot de passe oublié");
  const [email, setEmail] = useState("");
  const resetRequest = useRequestPasswordReset();
  const errors = mapFieldErrors(resetRequest.error, ["email"]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resetRequest.mutate(email.trim());
  };

  return (
    <CenteredColumn>
      <h1>Mot de passe oublié</h1>
      <p>Indiquez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
      {resetRequest.isSuccess ? (
        <Alert as="h2" severity="success" role="status" title="Demande envoyée" description={resetRequest.data.message} />
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          {resetRequest.isError && <ProblemAlert error={resetRequest.error} fieldNames={["email"]} />}
          <Input
            label="Adresse électronique"
            {...fieldState(errors.email)}
            nativeInputProps={{
              type: "email",
              name: "email",
              autoComplete: "email",
              required: true,
              value: email,
              onChange: (event) => setEmail(event.target.value),
            }}
          />
          <Button type="submit" disabled={resetRequest.isPending}>
            Recevoir un lien de réinitialisation
          </Button>
        </form>
      )}
    </CenteredColumn>
  );
}
