import { Link } from "react-router";
import { CenteredColumn } from "../../../components/centered-column";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { RegisterForm } from "../components/register-form";

export function RegisterPage() {
  useDocumentTitle("Créer un compte");
  return (
    <CenteredColumn>
      <h1>Créer un compte</h1>
      <p>
        Spyrales est réservée aux agents publics : inscrivez-vous avec votre adresse électronique professionnelle. Vous recevrez un lien
        pour la confirmer.
      </p>
      <RegisterForm />
      <hr className="fr-mt-6w" />
      <p>
        Déjà membre ? <Link to={paths.auth.login.getHref()}>Se connecter</Link>
      </p>
    </CenteredColumn>
  );
}
