import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

type ModalInstance = ReturnType<typeof createModal>;

/**
 * One modal for every item of a list (modify this goal, delete that session), opened by each item's button; or for
 * one thing of the page (move the planned end of the pairing).
 * The DSFR gives the focus back to the first button that controls a modal: here it goes back to the button that
 * opened it, if that one is still there; otherwise (the item is deleted) the caller decides where it goes.
 */
export function useItemModal<Item>(modal: ModalInstance, onConceal?: () => void) {
  const [item, setItem] = useState<Item | null>(null);
  // Counts the openings: the key of the modal's content, so that each opening starts from a fresh form, filled
  // from the item as it is now (a form remounted at closing would keep the item as it was before a save).
  const [openings, setOpenings] = useState(0);
  const opener = useRef<HTMLElement | null>(null);

  useIsModalOpen(modal, {
    onConceal: () => {
      if (opener.current?.isConnected) opener.current.focus();
      onConceal?.();
    },
  });

  const open = (target: Item, button: HTMLElement) => {
    opener.current = button;
    // The modal opens with this item's title and content, not the previous one's.
    flushSync(() => {
      setItem(target);
      setOpenings((count) => count + 1);
    });
    modal.open();
  };

  return { item, contentKey: openings, open };
}
