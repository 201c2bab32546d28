import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { ProblemAlert } from "../../../components/problem-alert";
import type { ResourceView } from "../../../lib/api/types";
import { useToggleDone } from "../api/edit-resource";
import { BookmarkToggle } from "./bookmark-toggle";

/** What I do with a resource: open it, keep it in my list, say I finished it. */
export function ResourceProgress({ resource }: { resource: ResourceView }) {
  const done = useToggleDone(resource.id);
  const inLibrary = resource.status === "PUBLISHED" || resource.status === "WITHDRAWN";

  return (
    <section aria-label="Ma progression" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a
            className="fr-btn fr-btn--icon-left fr-icon-external-link-line"
            href={resource.url}
            target="_blank"
            rel="noopener noreferrer"
            title={`Ouvrir la ressource « ${resource.title} » - nouvelle fenêtre`}
          >
            Ouvrir la ressource
          </a>
        </li>
        {inLibrary && (
          <li>
            <BookmarkToggle resourceId={resource.id} title={resource.title} bookmarked={resource.bookmarked} size="medium" />
          </li>
        )}
      </ul>
      {inLibrary && (
        <Checkbox
          options={[
            {
              label: "J'ai terminé cette ressource",
              hintText: "Pour vous seul·e : elle apparaît « terminée » dans vos listes et vos parcours",
              nativeInputProps: {
                name: "done",
                // While the server records it, the box shows what the person just chose.
                checked: done.isPending ? done.variables : resource.done,
                disabled: done.isPending,
                onChange: (event) => done.mutate(event.target.checked),
              },
            },
          ]}
        />
      )}
      {done.isError && <ProblemAlert error={done.error} title="Votre progression n'a pas été enregistrée" />}
    </section>
  );
}
