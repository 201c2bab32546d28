import { useLocation } from "react-router";

export type FlashSeverity = "info" | "success";

/** Navigation state carrying a one-time message to show on the next page, e.g. after deleting an account. */
type FlashState = { flash?: string; flashSeverity?: FlashSeverity };

export type FlashMessage = { message: string; severity: FlashSeverity };

export function flashState(message: string, severity: FlashSeverity = "info"): FlashState {
  return { flash: message, flashSeverity: severity };
}

export function useFlashMessage(): FlashMessage | null {
  const state: unknown = useLocation().state;
  if (typeof state === "object" && state !== null && "flash" in state && typeof state.flash === "string") {
    const severity = "flashSeverity" in state && state.flashSeverity === "success" ? "success" : "info";
    return { message: state.flash, severity };
  }
  return null;
}
