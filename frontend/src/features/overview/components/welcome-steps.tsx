import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import type { OverviewWelcome } from "../../../lib/api/types";
import { useDismissWelcome } from "../api/overview-queries";

type Step = { done: boolean; title: string; hint: string; links: { label: string; to: string }[] };

/**
 * The three first steps of a newcomer, each ticked from their data (skills described, learning wishes given, a
 * mentor asked or a path followed), shown until all are done or the member closes them.
 */
export function WelcomeSteps({ welcome }: { welcome: OverviewWelcome }) {
  const dismiss = useDismissWelcome();
  if (!welcome.shown) return null;

  const steps: Step[] = [
    {
      done: welcome.skillsDescribed,
      title: "Décrire mes compétences",
      hint: "Python, R, SQL… et votre niveau, même débutant : c'est ce qui permet de vous proposer le bon mentor.",
      links: [{ label: "Décrire mes compétences", to: paths.profile.getHref() }],
    },
    {
      done: welcome.learningWishesGiven,
      title: "Dire ce que je veux apprendre",
      hint: "Les compétences que vous voulez acquérir, dans votre profil.",
      links: [{ label: "Dire ce que je veux apprendre", to: paths.profile.getHref() }],
    },
    {
      done: welcome.mentorOrPathFound,
      title: "Trouver un mentor ou un parcours",
      hint: "Un·e collègue pour vous accompagner, ou un parcours pour avancer à votre rythme.",
      links: [
        { label: "Trouver un mentor", to: paths.mentorships.findMentor.getHref() },
        { label: "Choisir un parcours", to: paths.training.paths.getHref() },
      ],
    },
  ];
  const doneCount = steps.filter((step) => step.done).length;

  return (
    <section className="fr-mb-6w fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }} aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="fr-h4">
        Bienvenue ! Vos trois premiers pas
      </h2>
      <p>
        {doneCount} sur 3 fait{doneCount > 1 ? "s" : ""}. Chaque étape se coche toute seule une fois faite.
      </p>
      <ol>
        {steps.map((step) => (
          <li key={step.title} className="fr-mb-2w">
            <p className="fr-mb-0">
              <strong>{step.title}</strong>{" "}
              <span className={step.done ? "fr-badge fr-badge--sm fr-badge--success" : "fr-badge fr-badge--sm fr-badge--info"}>
                {step.done ? "Fait" : "À faire"}
              </span>
            </p>
            <p className="fr-mb-0">{step.hint}</p>
            {!step.done &&
              step.links.map((link) => (
                <Link key={link.label} className="fr-link fr-icon-arrow-right-line fr-link--icon-right fr-mr-3w" to={link.to}>
                  {link.label}
                </Link>
              ))}
          </li>
        ))}
      </ol>
      {dismiss.isError && <ProblemAlert error={dismiss.error} title="Les premiers pas n'ont pas pu être masqués" />}
      <Button priority="tertiary" size="small" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
        Masquer ces premiers pas
      </Button>
    </section>
  );
}
