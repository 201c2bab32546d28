import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

/** One field in error: the id of its input (or of the group that holds its inputs), its label and its message. */
export type FieldInError = { targetId: string; label: string; message: string };

type ErrorSummaryProps = {
  title: string;
  errors: readonly FieldInError[];
  /**
   * Counts the failed submissions: the focus comes to the summary each time it grows, never while a person types.
   * 0 before the first one.
   */
  attempt: number;
  /** Whether there is anything to say; by default, when a field is in error. Keep the summary rendered meanwhile. */
  visible?: boolean;
  /** What the form's fields cannot say themselves (the server's `detail`, an advice). */
  children?: ReactNode;
  /** The level of the summary's title, so that it follows the page's headings. */
  titleAs?: "h2" | "h3";
};

const FOCUSABLE = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/** Moves the focus to a field, or to the first control of a group of fields, and brings it into view. */
function focusField(targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return false;
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  const focused = control ?? target;
  focused.scrollIntoView?.({ block: "center" });
  focused.focus();
  return true;
}

/**
 * The DSFR error summary: at the top of a form, it takes the focus after a failed submission, says how many
 * fields need a correction and links to each of them. Each field shows its own message as well.
 */
export function ErrorSummary({ title, errors, attempt, visible = errors.length > 0, children, titleAs = "h2" }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt === 0) return;
    summary.current?.scrollIntoView?.({ block: "start" });
    summary.current?.focus();
  }, [attempt]);

  const follow = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (focusField(targetId)) event.preventDefault();
  };

  if (!visible) return null;
  const count =
    errors.length === 0 ? null : errors.length === 1 ? "Un champ est à corriger :" : `${errors.length} champs sont à corriger :`;
  return (
    <div ref={summary} tabIndex={-1} className="fr-mb-4w" data-testid="error-summary">
      <Alert
        severity="error"
        as={titleAs}
        title={title}
        description={
          <>
            {children}
            {count && <p className="fr-mb-1w">{count}</p>}
            {errors.length > 0 && (
              <ul>
                {errors.map(({ targetId, label, message }) => (
                  <li key={`${targetId}-${message}`}>
                    <a href={`#${targetId}`} onClick={follow(targetId)}>
                      {label} : {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        }
      />
    </div>
  );
}
