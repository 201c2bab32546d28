import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { SITE } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";

// The rules below are the service's own (README « Security and privacy », the retention settings of the mail outbox,
// the sessions and the webhooks): change them here when the code changes.
const RETENTION = [
  ["Votre profil, vos compétences et ce que vous écrivez", "Tant que votre compte existe ; effacés quand vous le supprimez."],
  ["Session de connexion (cookie « spyrales_refresh »)", `${SITE.sessionDays} jours au plus ; fermée à la déconnexion.`],
  ["Lien de confirmation de l'adresse", "48 heures."],
  ["Lien de réinitialisation du mot de passe", "60 minutes."],
  ["Connexion avec ProConnect en cours", "10 minutes."],
  ["Texte des courriels envoyés", "Effacé dès l'envoi ; l'adresse, l'objet et la date sont gardés 7 jours (30 jours en cas d'échec)."],
  ["Notifications envoyées aux applications partenaires (webhooks)", "30 jours après leur livraison ou leur abandon."],
  [
    "Journal de sécurité (connexions, mots de passe, actions des animateurs et administrateurs, avec l'adresse IP)",
    "1 an ; gardé après la suppression du compte, sous un identifiant sans nom ni adresse, jusqu'à cette échéance.",
  ],
];

export function PersonalDataPage() {
  useDocumentTitle("Données personnelles");
  return (
    <>
      <Breadcrumb currentPageLabel="Données personnelles" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Données personnelles</h1>
      <p className="fr-text--lead">
        Spyrales traite vos données pour faire vivre la communauté : l'annuaire, le mentorat, les projets, les ressources et les événements.
        Rien n'est vendu ni utilisé à des fins publicitaires, et aucun outil de mesure d'audience n'est utilisé.
      </p>

      <h2>Qui voit quoi</h2>
      <ul>
        <li>
          <strong>Les membres</strong> voient votre profil dans l'annuaire (nom, administration, poste, région, compétences, ce que vous
          souhaitez apprendre) si vous le partagez avec la communauté ; un profil privé n'apparaît pas dans l'annuaire.
        </li>
        <li>
          <strong>Votre mentor ou la personne que vous accompagnez</strong> voit tout ce que vous échangez dans le mentorat (message,
          objectifs, séances, avis) et, une fois la demande acceptée, votre adresse électronique et votre identifiant Tchap.
        </li>
        <li>
          <strong>Les animateurs et administrateurs</strong> voient qu'un mentorat existe, son état, ses dates et le nombre d'objectifs
          atteints, mais jamais ce que les deux personnes s'écrivent. Ils lisent les signalements qui leur sont adressés.
        </li>
        <li>
          <strong>Les applications partenaires</strong> d'autres administrations ne lisent que ce que tout membre voit, jamais vos échanges
          privés.
        </li>
      </ul>

      <h2>Combien de temps</h2>
      <Table caption="Durées de conservation" headers={["Donnée", "Durée de conservation"]} data={RETENTION} />

      <h2>Vos droits et comment les exercer</h2>
      <p>
        Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et libertés, vous avez un droit
        d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition.
      </p>
      <ul>
        <li>
          <strong>Accès et portabilité</strong> : « Télécharger mes données », dans <Link to={paths.profile.getHref()}>Mon profil</Link>,
          vous donne toutes vos données dans un fichier JSON.
        </li>
        <li>
          <strong>Rectification</strong> : modifiez votre profil à tout moment dans <Link to={paths.profile.getHref()}>Mon profil</Link>.
        </li>
        <li>
          <strong>Effacement</strong> : « Supprimer mon compte », dans <Link to={paths.profile.getHref()}>Mon profil</Link>, efface votre
          profil et ce que vous avez écrit ; les autres personnes gardent seulement les dates et les états des mentorats, au nom de « Membre
          supprimé ».
        </li>
        <li>
          <strong>Courriels</strong> : choisissez dans votre profil les notifications que vous recevez par courriel.
        </li>
        <li>
          Pour toute autre demande, écrivez à <a href={`mailto:${SITE.contactEmail}`}>{SITE.contactEmail}</a>. Si vous estimez, après nous
          avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (
          <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener noreferrer" title="www.cnil.fr - nouvelle fenêtre">
            www.cnil.fr
          </a>
          ).
        </li>
      </ul>
      <p>
        Les cookies utilisés sont décrits dans <Link to={paths.cookies.getHref()}>Gestion des cookies</Link>.
      </p>
    </>
  );
}
