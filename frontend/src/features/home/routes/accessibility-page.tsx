import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { paths } from "../../../config/paths";
import { SITE } from "../../../config/site";
import { useDocumentTitle } from "../../../hooks/use-document-title";

/** The accessibility statement, in the form the RGAA asks for; without an audit, the site is declared non compliant. */
export function AccessibilityPage() {
  useDocumentTitle("Déclaration d'accessibilité");
  return (
    <>
      <Breadcrumb currentPageLabel="Déclaration d'accessibilité" homeLinkProps={{ to: paths.home.getHref() }} segments={[]} />
      <h1>Déclaration d'accessibilité</h1>
      <p>
        {SITE.name} s'engage à rendre son service accessible, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette
        déclaration d'accessibilité s'applique au site {SITE.name}.
      </p>

      <h2>État de conformité</h2>
      <p>
        <strong>{SITE.name} est non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA) version 4.1 : le
        site n'a pas encore fait l'objet d'un audit de conformité.
      </p>
      <p>
        Le site est construit avec le Système de design de l'État (DSFR). Chaque page est vérifiée automatiquement (outil axe) et les
        parcours principaux sont testés au clavier, mais ces vérifications ne remplacent pas un audit.
      </p>

      <h2>Contenus non accessibles</h2>
      <p>
        En l'absence d'audit, les non-conformités ne sont pas encore recensées. Les graphiques sont accompagnés d'un tableau ou d'un texte
        qui donne la même information.
      </p>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 2 décembre 2026.</p>
      <p>Technologies utilisées pour la réalisation du site : HTML5, CSS, JavaScript (React), WAI-ARIA.</p>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe pour être orienté vers une alternative
        accessible ou obtenir le contenu sous une autre forme : écrivez à <a href={`mailto:${SITE.contactEmail}`}>{SITE.contactEmail}</a>,
        ou signalez-le aux animateurs de la communauté sur Tchap.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou une fonctionnalité du site, que vous nous le
        signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une
        demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :
      </p>
      <ul>
        <li>
          écrire un message au Défenseur des droits, par le{" "}
          <a
            href="https://formulaire.defenseurdesdroits.fr/"
            target="_blank"
            rel="noopener noreferrer"
            title="formulaire du Défenseur des droits - nouvelle fenêtre"
          >
            formulaire en ligne
          </a>{" "}
          ;
        </li>
        <li>
          contacter le délégué du Défenseur des droits dans votre région (
          <a
            href="https://www.defenseurdesdroits.fr/saisir/delegues"
            target="_blank"
            rel="noopener noreferrer"
            title="liste des délégués du Défenseur des droits - nouvelle fenêtre"
          >
            liste des délégués
          </a>
          ) ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX
          07.
        </li>
      </ul>
    </>
  );
}
