import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { paths } from "../../../config/paths";
import { SITE } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";

const COOKIES = [
  [
    "spyrales_refresh",
    "Garde votre session ouverte : sans lui, il faudrait vous reconnecter à chaque page.",
    `${SITE.sessionDays} jours au plus, supprimé à la déconnexion`,
  ],
  [
    "spyrales_proconnect_state",
    "Protège la connexion avec ProConnect : vérifie que la connexion se termine dans le navigateur qui l'a commencée.",
    "10 minutes, supprimé au retour de ProConnect",
  ],
];

export function CookiesPage() {
  useDocumentTitle("Gestion des cookies");
  return (
    <>
      <Breadcrumb currentPageLabel="Gestion des cookies" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Gestion des cookies</h1>
      <p className="fr-text--lead">
        Spyrales ne dépose que des cookies strictement nécessaires au service. Aucun cookie de mesure d'audience, de publicité ou de réseau
        social n'est utilisé : c'est pourquoi aucun bandeau ne vous demande votre consentement.
      </p>
      <Table caption="Cookies déposés par Spyrales" headers={["Nom", "À quoi il sert", "Durée"]} data={COOKIES} />
      <p>
        Ces cookies ne sont lisibles que par le service (ils sont inaccessibles aux scripts de la page) et ne servent à aucun suivi. Votre
        choix de thème clair ou sombre, dans les paramètres d'affichage, est gardé dans votre navigateur et n'est pas transmis.
      </p>
    </>
  );
}
