import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

type ModalInstance = ReturnType<typeof createModal>;

/**
 * One modal for every item of a list (modify this goal, delete that session), opened by each item's button.
 * The DSFR gives the focus back to the first button that controls a modal: here it goes back to the button that
 * opened it, if that one is still there; otherwise (the item is deleted) the caller decides where it goes.
 */
export function useItemModal<Item>(modal: ModalInstance, onConceal?: () => void) {
  const [item, setItem] = useState<Item | null>(null);
  // Counts the closings: the key of the modal's content, so that each opening starts from a fresh form.
  const [closings, setClosings] = useState(0);
  const opener = useRef<HTMLElement | null>(null);

  useIsModalOpen(modal, {
    onConceal: () => {
      setClosings((count) => count + 1);
      if (opener.current?.isConnected) opener.current.focus();
      onConceal?.();
    },
  });

  const open = (target: Item, button: HTMLElement) => {
    opener.current = button;
    // The modal opens with this item's title and content, not the previous one's.
    flushSync(() => setItem(target));
    modal.open();
  };

  return { item, contentKey: closings, open };
}
