import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useSession } from "../../../lib/session/use-session";
import { useConfirmProConnectLink, useSendProConnectLinkMail } from "../api/proconnect";
import { PasswordField } from "../components/password-field";

/**
 * ProConnect gave an address that already has a Spyrales account: the agent confirms that both are theirs with that
 * account's password, or with a link mailed to its address. The link token comes in the address's fragment, which
 * never reaches a server log.
 */
export function ProConnectLinkPage() {
  useDocumentTitle("Lier votre compte à ProConnect");
  const location = useLocation();
  const session = useSession();
  const token = location.hash.replace(/^#/, "");
  const [password, setPassword] = useState("");
  const link = useConfirmProConnectLink();
  const mail = useSendProConnectLinkMail();

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
          as="h2"
          severity="error"
          role="alert"
          title="Liaison impossible"
          description="Ce lien est incomplet. Recommencez la connexion avec ProConnect depuis la page de connexion."
        />
      ) : (
        <>
          <p>
            Un compte Spyrales existe déjà avec l'adresse e-mail transmise par ProConnect. Confirmez qu'il est à vous, avec son mot de passe
            ou avec un lien reçu à cette adresse : ensuite, ProConnect suffira pour vous connecter.
          </p>
          <h2 className="fr-h4">Avec le mot de passe de votre compte</h2>
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
          <h2 className="fr-h4 fr-mt-6w">Je n'ai pas (ou plus) mon mot de passe</h2>
          <p>Recevez par courriel, à l'adresse de votre compte, un lien valable 30 minutes qui lie votre compte et vous connecte.</p>
          {mail.isError && <ProblemAlert error={mail.error} title="Le lien n'a pas été envoyé" />}
          {mail.isSuccess && <Alert severity="success" role="status" small className="fr-mb-3w" description={mail.data.message} />}
          <Button priority="secondary" onClick={() => mail.mutate(token)} disabled={mail.isPending}>
            {mail.isSuccess ? "Renvoyer un lien par courriel" : "Recevoir un lien par courriel"}
          </Button>
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
