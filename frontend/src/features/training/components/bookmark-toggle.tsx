import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { describeError } from "../../../lib/api/api-error";
import { useToggleBookmark } from "../api/edit-resource";

type BookmarkToggleProps = { resourceId: string; title: string; bookmarked: boolean; size?: "small" | "medium" };

/** « Ajouter à ma liste » / « Retirer de ma liste », with the result (or the refusal) announced. */
export function BookmarkToggle({ resourceId, title, bookmarked, size = "small" }: BookmarkToggleProps) {
  const toggle = useToggleBookmark();
  const [announcement, setAnnouncement] = useState("");

  const onClick = () =>
    toggle.mutate(
      { id: resourceId, bookmarked: !bookmarked },
      {
        onSuccess: () =>
          setAnnouncement(bookmarked ? `« ${title} » est retirée de votre liste.` : `« ${title} » est ajoutée à votre liste.`),
        onError: (error) => setAnnouncement(describeError(error)),
      },
    );

  return (
    <>
      <Button
        type="button"
        size={size}
        priority={bookmarked ? "secondary" : "tertiary"}
        iconId={bookmarked ? "fr-icon-bookmark-fill" : "fr-icon-bookmark-line"}
        disabled={toggle.isPending}
        onClick={onClick}
      >
        {bookmarked ? "Retirer de ma liste" : "Ajouter à ma liste"}
        <span className="fr-sr-only"> : {title}</span>
      </Button>
      <span className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
