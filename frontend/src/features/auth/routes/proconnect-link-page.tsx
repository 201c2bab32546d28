import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useSession } from "../../../lib/session/use-session";
import { useConfirmProConnectLink } from "../api/proconnect";
import { PasswordField } from "../components/password-field";

/**
 * ProConnect gave an address that already has a Spyrales account: the agent confirms with that account's password
 * that both are theirs. The link token comes in the address's fragment, which never reaches a server log.
 */
export function ProConnectLinkPage() {
  useDocumentTitle("Lier votre compte à ProConnect");
  const location = useLocation();
  const session = useSession();
  const token = location.hash.replace(/^#/, "");
  const [password, setPassword] = useState("");
  const link = useConfirmProConnectLink();

  if (session.status === "authenticated") return <Navigate to={paths.home.getHref()} replace />;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    link.mutate({ token, password });
  };

  return (
    <CenteredColumn>
      <h1>Lier votre compte à ProConnect</h1>
      {token === "" ? (
        <Alert
          severity="error"
          role="alert"
          title="Liaison impossible"
          description="Ce lien est incomplet. Recommencez la connexion avec ProConnect depuis la page de connexion."
        />
      ) : (
        <>
          <p>
            Un compte Spyrales existe déjà avec l'adresse e-mail transmise par ProConnect. Pour confirmer qu'il est à vous, saisissez son
            mot de passe : ensuite, ProConnect suffira pour vous connecter.
          </p>
          <form onSubmit={handleSubmit} noValidate>
            {link.isError && <ProblemAlert error={link.error} title="Liaison impossible" fieldNames={["password"]} />}
            <PasswordField
              label="Mot de passe de votre compte Spyrales"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
            />
            <Button type="submit" disabled={link.isPending || password === ""}>
              Lier mon compte et me connecter
            </Button>
          </form>
        </>
      )}
      <p className="fr-mt-4w">
        <Link to={paths.auth.forgotPassword.getHref()} className="fr-link">
          Mot de passe oublié ?
        </Link>
      </p>
    </CenteredColumn>
  );
}
