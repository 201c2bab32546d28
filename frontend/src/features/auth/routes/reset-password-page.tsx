import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { mapFieldErrors } from "../../../lib/api/field-errors";
import { useConfirmPasswordReset } from "../api/confirm-password-reset";
import { PasswordField } from "../components/password-field";
import { passwordRules } from "../utils/password-rules";

const RULES = passwordRules();

export function ResetPasswordPage() {
  useDocumentTitle("Nouveau mot de passe");
  const token = useSearchParams()[0].get("token") ?? "";
  const [password, setPassword] = useState("");
  const [clientError, setClientError] = useState<string>();
  const reset = useConfirmPasswordReset();
  const passwordError = clientError ?? mapFieldErrors(reset.error, ["password"]).password;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const meetsRules = RULES.every(({ isMet }) => isMet(password));
    setClientError(meetsRules ? undefined : "Le mot de passe ne respecte pas toutes les règles ci-dessous.");
    if (meetsRules) reset.mutate({ token, password });
  };

  return (
    <CenteredColumn>
      <h1>Choisir un nouveau mot de passe</h1>
      {token === "" ? (
        <Alert
          as="h2"
          severity="error"
          title="Lien incomplet"
          description={
            <>
              Ce lien ne contient pas de code de réinitialisation.{" "}
              <Link to={paths.auth.forgotPassword.getHref()}>Demandez un nouveau lien</Link>.
            </>
          }
        />
      ) : reset.isSuccess ? (
        <>
          <Alert
            as="h2"
            severity="success"
            role="status"
            className="fr-mb-4w"
            title="Mot de passe modifié"
            description="Vous pouvez maintenant vous connecter avec votre nouveau mot de passe."
          />
          <Button linkProps={{ to: paths.auth.login.getHref() }}>Se connecter</Button>
        </>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          {reset.isError && (
            <ProblemAlert error={reset.error} title="Le mot de passe n'a pas été modifié" fieldNames={["password", "token"]}>
              <p>
                <Link to={paths.auth.forgotPassword.getHref()}>Demander un nouveau lien</Link>
              </p>
            </ProblemAlert>
          )}
          <PasswordField
            label="Nouveau mot de passe"
            autoComplete="new-password"
            rules={RULES}
            errorMessage={passwordError}
            value={password}
            onChange={setPassword}
          />
          <Button type="submit" className="fr-mt-4w" disabled={reset.isPending}>
            Enregistrer le nouveau mot de passe
          </Button>
        </form>
      )}
    </CenteredColumn>
  );
}
