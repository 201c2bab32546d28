import { Link } from "react-router";
import { paths } from "../../../config/paths";
import type { MentorSuggestions } from "../../../lib/api/types";

type SuggestionsBasisProps = Pick<MentorSuggestions, "basedOn" | "learningSkillsDeclared">;

/** The skills the suggestions rest on, and where they come from: the profile, or the member's weaker skills. */
export function SuggestionsBasis({ basedOn, learningSkillsDeclared }: SuggestionsBasisProps) {
  const names = basedOn.map(({ name }) => name).join(", ");
  return (
    <div className="fr-mb-4w">
      {basedOn.length > 0 && (
        <p className="fr-mb-1w">
          Suggestions basées sur : <strong>{names}</strong>
        </p>
      )}
      {learningSkillsDeclared ? (
        <p className="fr-text--sm">
          Ce sont les compétences à développer indiquées dans votre profil.{" "}
          <Link to={paths.profile.getHref()}>Modifier mes compétences à développer</Link>
        </p>
      ) : (
        <p className="fr-text--sm">
          {basedOn.length > 0
            ? "Vous n'avez pas indiqué de compétences à développer : ces compétences sont déduites de celles que vous avez notées au niveau 1 ou 2."
            : "Vous n'avez pas indiqué de compétences à développer."}{" "}
          <Link to={paths.profile.getHref()}>Indiquer mes compétences à développer dans mon profil</Link>
        </p>
      )}
    </div>
  );
}
