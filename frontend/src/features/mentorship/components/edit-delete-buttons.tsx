import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";

type EditDeleteButtonsProps = {
  /** What the buttons act on, for screen readers: "l'objectif « … »", "la séance du 5 mars 2026". */
  itemName: string;
  /** Each receives the button used, to give it the focus back when the modal closes. */
  onEdit: (button: HTMLElement) => void;
  onDelete: (button: HTMLElement) => void;
};

/** « Modifier » and « Supprimer » for one item of a list. */
export function EditDeleteButtons({ itemName, onEdit, onDelete }: EditDeleteButtonsProps) {
  return (
    <ButtonsGroup
      inlineLayoutWhen="always"
      buttonsSize="small"
      buttons={[
        {
          children: (
            <>
              Modifier <span className="fr-sr-only">{itemName}</span>
            </>
          ),
          priority: "tertiary",
          iconId: "fr-icon-edit-line",
          onClick: (event) => onEdit(event.currentTarget),
        },
        {
          children: (
            <>
              Supprimer <span className="fr-sr-only">{itemName}</span>
            </>
          ),
          priority: "tertiary",
          iconId: "fr-icon-delete-line",
          onClick: (event) => onDelete(event.currentTarget),
        },
      ]}
    />
  );
}
