import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { ApiError } from "../../../lib/api/api-error";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { useLogin } from "../api/login";
import { useResendVerification } from "../api/resend-verification";
import { PasswordField } from "./password-field";

const LOGIN_FIELDS = ["email", "password"] as const;

function isEmailNotVerified(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.hasType("email-not-verified");
}

/** Signs in; the login page moves on once the session is open. */
export function LoginForm() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useLogin();
  const resend = useResendVerification();
  const errors = mapFieldErrors(login.error, LOGIN_FIELDS);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resend.reset();
    login.mutate({ email: email.trim(), password });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      {login.isError && (
        <ProblemAlert error={login.error} title="Connexion impossible" fieldNames={LOGIN_FIELDS}>
          {isEmailNotVerified(login.error) && !resend.isSuccess && (
            <Button
              type="button"
              priority="secondary"
              size="small"
              className="fr-mt-2w"
              disabled={resend.isPending}
              onClick={() => resend.mutate(email.trim())}
            >
              Renvoyer le lien de confirmation
            </Button>
          )}
        </ProblemAlert>
      )}
      {resend.isSuccess && <Alert severity="success" small role="status" className="fr-mb-4w" description={resend.data.message} />}
      {resend.isError && <ProblemAlert error={resend.error} title="Le lien n'a pas été renvoyé" />}
      <Input
        label="Adresse électronique"
        {...fieldState(errors.email)}
        nativeInputProps={{
          type: "email",
          name: "email",
          autoComplete: "username",
          required: true,
          value: email,
          onChange: (event) => setEmail(event.target.value),
        }}
      />
      <PasswordField
        label="Mot de passe"
        autoComplete="current-password"
        errorMessage={errors.password}
        value={password}
        onChange={setPassword}
      />
      <p className="fr-mt-2w">
        <Link to={paths.auth.forgotPassword.getHref()} className="fr-link">
          Mot de passe oublié ?
        </Link>
      </p>
      <Button type="submit" disabled={login.isPending}>
        Se connecter
      </Button>
    </form>
  );
}
