import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Highlight } from "@codegouvfr/react-dsfr/Highlight";
import { Link } from "react-router";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { CommunityFigures } from "../components/community-figures";

/** The public landing page, shown to visitors (a signed-in member's home is « Mon espace »). */
export function HomePage() {
  useDocumentTitle("Accueil");

  return (
    <div className="fr-py-6w">
      <h1>Spyrales, se former ensemble à la science des données</h1>
      <p className="fr-text--lead">
        Spyrales est la communauté interministérielle des agents publics qui apprennent et pratiquent la science des données avec Python et
        R, en s'entraidant.
      </p>
      <Highlight size="lg">« Ne laisser personne sur le bord de la route »</Highlight>

      <ButtonsGroup
        inlineLayoutWhen="md and up"
        className="fr-my-4w"
        buttons={[
          { children: "Rejoindre la communauté", linkProps: { to: paths.auth.register.getHref() } },
          { children: "Se connecter", priority: "secondary", linkProps: { to: paths.auth.login.getHref() } },
        ]}
      />

      <h2>La communauté en chiffres</h2>
      <CommunityFigures />

      <h2 className="fr-mt-6w">Notre histoire</h2>
      <p>
        Spyrales est née sur Tchap, la messagerie de l'État, pendant le confinement du printemps 2020 : quelques agents qui voulaient
        apprendre Python et R ont commencé à s'aider les uns les autres. La communauté réunit aujourd'hui des agents de tous les ministères,
        des services déconcentrés, des opérateurs et des collectivités, de toutes catégories.
      </p>

      <h2>Comment ça marche</h2>
      <ul>
        <li>Renseignez vos compétences et votre niveau, de débutant à expert.</li>
        <li>Trouvez dans l'annuaire les collègues qui peuvent vous accompagner, ou que vous pouvez accompagner.</li>
        <li>
          Travaillez uniquement sur des <Link to={paths.openData.getHref()}>données ouvertes</Link> : jamais de données personnelles ni
          confidentielles.
        </li>
      </ul>
    </div>
  );
}
