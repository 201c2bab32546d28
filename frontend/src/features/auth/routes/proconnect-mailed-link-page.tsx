import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link, Navigate, useSearchParams } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useSession } from "../../../lib/session/use-session";
import { useConfirmProConnectLinkByMail } from "../api/proconnect";

/**
 * The link mailed to an account whose address ProConnect gave: one click joins the ProConnect identity to the account
 * and opens the session. A click, not the page's opening, so that a mail scanner following links uses nothing.
 */
export function ProConnectMailedLinkPage() {
  useDocumentTitle("Lier votre compte à ProConnect");
  const token = useSearchParams()[0].get("token") ?? "";
  const session = useSession();
  const link = useConfirmProConnectLinkByMail();

  if (session.status === "authenticated") return <Navigate to={paths.home.getHref()} replace />;

  return (
    <CenteredColumn>
      <h1>Lier votre compte à ProConnect</h1>
      {token === "" ? (
        <Alert
          as="h2"
          severity="error"
          role="alert"
          title="Lien incomplet"
          description="Ce lien ne contient pas de code de liaison. Copiez l'adresse complète reçue par courriel, ou recommencez la connexion avec ProConnect."
        />
      ) : (
        <>
          <p>
            Vous avez demandé à lier votre compte Spyrales à votre identité ProConnect. Ensuite, ProConnect suffira pour vous connecter.
          </p>
          {link.isError && (
            <ProblemAlert error={link.error} title="Liaison impossible">
              <p>
                <Link to={paths.auth.login.getHref()} className="fr-link">
                  Revenir à la page de connexion
                </Link>
              </p>
            </ProblemAlert>
          )}
          <Button onClick={() => link.mutate(token)} disabled={link.isPending}>
            Lier mon compte et me connecter
          </Button>
        </>
      )}
    </CenteredColumn>
  );
}
