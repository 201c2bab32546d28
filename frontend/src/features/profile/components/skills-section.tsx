import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { SkillLevelEditor } from "../../../components/skill-level-editor";
import { PROFILE_SECTIONS } from "../../../lib/profile-completion";
import { useSkills } from "../../../lib/referentials/skills";
import { profileFieldId } from "../utils/profile-draft";
import type { ProfileSectionProps } from "./profile-section-props";

/**
 * What each level means, in the words of someone who starts: examples in R and Python, the languages most members
 * learn first. The same levels apply to every skill.
 */
export const LEVEL_EXAMPLES: { level: number; name: string; example: string }[] = [
  {
    level: 1,
    name: "Débutant",
    example: "je n'ai jamais écrit de code R ou Python, ou seulement recopié un exemple trouvé en ligne ou en formation.",
  },
  {
    level: 2,
    name: "Intermédiaire",
    example:
      "je sais importer un fichier (CSV, Excel), trier et filtrer les lignes, calculer une moyenne ou un total et faire un graphique simple, en m'aidant d'exemples.",
  },
  {
    level: 3,
    name: "Avancé",
    example:
      "j'écris seul·e des scripts pour mon travail de tous les jours : je croise deux fichiers, je regroupe et je résume des données, j'écris mes propres fonctions et je produis un rapport qui se met à jour tout seul (R Markdown, Quarto ou Jupyter).",
  },
  {
    level: 4,
    name: "Expert",
    example:
      "je crée des outils dont mes collègues se servent (un package, une application Shiny ou Streamlit, une chaîne de traitement automatisée), je relis le code des autres et je peux former une équipe.",
  },
];

const LEVELS_HELP_ID = "skill-levels-help";

export function SkillsSection({ draft, onChange, errors }: ProfileSectionProps) {
  const catalog = useSkills();
  return (
    <section id={PROFILE_SECTIONS.skills} tabIndex={-1} className="fr-mb-6w" aria-labelledby="skills-title">
      <h2 id="skills-title">Mes compétences</h2>
      <div id={LEVELS_HELP_ID} className="fr-callout fr-mb-3w">
        <p className="fr-callout__text fr-text--md">Choisissez le niveau qui vous ressemble, par exemple en R ou en Python :</p>
        <ul className="fr-mt-1w">
          {LEVEL_EXAMPLES.map(({ level, name, example }) => (
            <li key={level}>
              <strong>
                {level} – {name}
              </strong>{" "}
              : {example}
            </li>
          ))}
        </ul>
        <p className="fr-text--sm fr-mb-0">
          Tout le monde a commencé au niveau 1 : l'indiquer aide les mentors à vous proposer le bon premier pas.
        </p>
      </div>
      {catalog.isError && (
        <Alert severity="warning" small className="fr-mb-2w" description="La liste des compétences n'a pas pu être chargée." />
      )}
      <SkillLevelEditor
        id={profileFieldId("skills")}
        levelsDescriptionId={LEVELS_HELP_ID}
        skills={draft.skills}
        catalog={catalog.data ?? []}
        onChange={(skills) => onChange("skills", skills)}
        errorMessage={errors.skills}
      />
    </section>
  );
}
