import type { MouseEvent } from "react";
import type { MyProfile } from "../../../lib/api/types";
import { profileCompletion } from "../../../lib/profile-completion";

/** Brings a section of the page into view and gives it the focus, so that keyboard users start reading there. */
function goToSection(section: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(section);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView?.({ block: "start" });
    target.focus();
  };
}

/** What the saved profile already tells the community and what it still misses, each with a link to its section. */
export function ProfileCompletionPanel({ profile }: { profile: MyProfile }) {
  const completion = profileCompletion(profile);
  const missing = completion.items.filter(({ done }) => !done);
  const done = completion.items.filter((item) => item.done);
  return (
    <section className="fr-callout fr-mb-6w" aria-labelledby="completion-title">
      <h2 id="completion-title" className="fr-callout__title fr-h5">
        Votre profil est complet à {completion.percent} %
      </h2>
      <p className="fr-callout__text fr-text--md">
        {missing.length === 0
          ? "Bravo : les membres savent ce que vous savez faire et ce que vous cherchez."
          : `${completion.done} élément${completion.done > 1 ? "s" : ""} sur ${completion.total} renseigné${completion.done > 1 ? "s" : ""}. Un profil complet aide les mentors et les projets à vous trouver.`}
      </p>
      {missing.length > 0 && (
        <>
          <p className="fr-mb-1w">À compléter :</p>
          <ul>
            {missing.map(({ key, label, section }) => (
              <li key={key}>
                <a href={`#${section}`} onClick={goToSection(section)}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {done.length > 0 && (
        <>
          <p className="fr-mb-1w">Déjà renseigné :</p>
          <ul>
            {done.map(({ key, label }) => (
              <li key={key}>
                <span className="fr-icon-check-line fr-icon--sm" aria-hidden="true" /> {label}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
