import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { ResourceView } from "../../../lib/api/types";
import { useDeleteMyRating, useRateResource } from "../api/edit-resource";
import { starsLabel } from "../utils/resource-labels";

const deleteRatingModal = createModal({ id: "resource-delete-rating-modal", isOpenedByDefault: false });

const STARS = [1, 2, 3, 4, 5] as const;

const STAR_HINTS: Record<(typeof STARS)[number], string> = {
  1: "Peu utile",
  2: "Utile par endroits",
  3: "Utile",
  4: "Très utile",
  5: "Excellente",
};

const RATING_FIELDS = ["stars", "comment"] as const;

/** My rating of a resource: stars as radio buttons (keyboard: arrows), an optional comment; changed or removed later. */
export function MyRatingForm({ resource }: { resource: ResourceView }) {
  const rate = useRateResource(resource.id);
  const remove = useDeleteMyRating(resource.id);
  const [stars, setStars] = useState<number | null>(resource.myRating?.stars ?? null);
  const [comment, setComment] = useState(resource.myRating?.comment ?? "");
  const [error, setError] = useState<string>();
  const [news, setNews] = useState("");
  const serverErrors = mapFieldErrors(rate.error, RATING_FIELDS);
  useIsModalOpen(deleteRatingModal, { onConceal: () => remove.reset() });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stars === null) {
      setError("Choisissez une note de 1 à 5 étoiles.");
      return;
    }
    const trimmed = comment.trim();
    rate.mutate(trimmed ? { stars, comment: trimmed } : { stars }, {
      onSuccess: () => setNews(resource.myRating ? "Votre avis est modifié." : "Merci ! Votre avis est enregistré."),
    });
  };

  return (
    <section aria-labelledby="my-rating-heading" className="fr-mb-6w">
      <h2 id="my-rating-heading">Mon avis</h2>
      {rate.isError && <ProblemAlert error={rate.error} title="Votre avis n'a pas été enregistré" fieldNames={RATING_FIELDS} />}
      <form onSubmit={submit} noValidate aria-labelledby="my-rating-heading">
        <RadioButtons
          legend="Ma note"
          hintText="De 1 étoile (peu utile) à 5 étoiles (excellente)"
          name="stars"
          orientation="horizontal"
          {...fieldState(error ?? serverErrors.stars)}
          options={STARS.map((value) => ({
            label: starsLabel(value),
            hintText: STAR_HINTS[value],
            nativeInputProps: {
              value,
              checked: stars === value,
              onChange: () => {
                setStars(value);
                setError(undefined);
              },
            },
          }))}
        />
        <Input
          label="Commentaire (facultatif)"
          hintText="Ce qui vous a aidé, à qui vous la conseillez (2 000 caractères au plus)"
          textArea
          {...fieldState(serverErrors.comment)}
          nativeTextAreaProps={{
            name: "comment",
            value: comment,
            maxLength: 2000,
            rows: 4,
            onChange: (event) => setComment(event.target.value),
          }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Button type="submit" iconId="fr-icon-star-line" disabled={rate.isPending}>
              {resource.myRating ? "Modifier mon avis" : "Enregistrer mon avis"}
            </Button>
          </li>
          {resource.myRating && (
            <li>
              <Button type="button" priority="tertiary" iconId="fr-icon-delete-line" nativeButtonProps={deleteRatingModal.buttonProps}>
                Supprimer mon avis
              </Button>
            </li>
          )}
        </ul>
      </form>
      <p role="status" aria-live="polite">
        {news}
      </p>
      <deleteRatingModal.Component
        title="Supprimer votre avis ?"
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          {
            children: "Supprimer mon avis",
            doClosesModal: false,
            disabled: remove.isPending,
            onClick: () =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  deleteRatingModal.close();
                  setStars(null);
                  setComment("");
                  setNews("Votre avis est supprimé.");
                },
              }),
          },
        ]}
      >
        <p>Votre note et votre commentaire disparaîtront ; la note moyenne sera recalculée.</p>
        {remove.isError && <ProblemAlert error={remove.error} title="Votre avis n'a pas été supprimé" />}
      </deleteRatingModal.Component>
    </section>
  );
}
