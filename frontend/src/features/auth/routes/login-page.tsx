import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Navigate, Link, useLocation } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { protectedPageName, returnPathFrom } from "../../../lib/session/require-session";
import { useSession } from "../../../lib/session/use-session";
import { LoginForm } from "../components/login-form";
import { ProConnectSignIn } from "../components/proconnect-sign-in";

/** Where a member lands after login when no page sent them here: « Mon espace ». */
const DEFAULT_DESTINATION = paths.home.getHref();

export function LoginPage() {
  useDocumentTitle("Connexion");
  const session = useSession();
  const location = useLocation();

  const returnPath = returnPathFrom(location.state);
  if (session.status === "authenticated") return <Navigate to={returnPath ?? DEFAULT_DESTINATION} replace />;

  return (
    <CenteredColumn>
      <h1>Connexion à Spyrales</h1>
      {returnPath && (
        <Alert
          severity="info"
          small
          className="fr-mb-4w"
          description={`Connectez-vous pour accéder à ${protectedPageName(returnPath)}. Vous y serez conduit·e juste après.`}
        />
      )}
      <ProConnectSignIn />
      <LoginForm />
      <hr className="fr-mt-6w" />
      <h2 className="fr-h4">Vous n'avez pas de compte ?</h2>
      <p>
        <Link to={paths.auth.register.getHref()}>Créer un compte</Link>
      </p>
    </CenteredColumn>
  );
}
