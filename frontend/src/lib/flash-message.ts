import { useLocation } from "react-router";

/** Navigation state carrying a one-time message to show on the next page, e.g. after deleting an account. */
type FlashState = { flash?: string };

export function flashState(message: string): FlashState {
  return { flash: message };
}

export function useFlashMessage(): string | null {
  const state: unknown = useLocation().state;
  if (typeof state === "object" && state !== null && "flash" in state && typeof state.flash === "string") {
    return state.flash;
  }
  return null;
}
