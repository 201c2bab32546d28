import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ReactNode } from "react";
import { ApiError, describeError, errorReference } from "../lib/api/api-error";
import { unmappedFieldErrors } from "../lib/api/field-errors";

type ProblemAlertProps = {
  error: unknown;
  title?: string;
  /** Form fields that show their own messages: their errors are not repeated here. */
  fieldNames?: readonly string[];
  children?: ReactNode;
};

function retryAdvice(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 429 || error.retryAfterSeconds === null) return null;
  const minutes = Math.ceil(error.retryAfterSeconds / 60);
  return error.retryAfterSeconds < 60
    ? `Vous pourrez réessayer dans ${error.retryAfterSeconds} secondes.`
    : `Vous pourrez réessayer dans ${minutes} minute${minutes > 1 ? "s" : ""}.`;
}

/** Tells a person, in a DSFR alert, why their request failed: the problem's French `detail`. */
export function ProblemAlert({ error, title = "Votre demande n'a pas abouti", fieldNames = [], children }: ProblemAlertProps) {
  const otherMessages = unmappedFieldErrors(error, fieldNames);
  const advice = retryAdvice(error);
  const reference = errorReference(error);
  return (
    <Alert
      as="h2"
      severity="error"
      role="alert"
      className="fr-mb-4w"
      title={title}
      description={
        <>
          <p>{describeError(error)}</p>
          {advice && <p>{advice}</p>}
          {reference && <p>{reference}</p>}
          {otherMessages.length > 0 && (
            <ul>
              {otherMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {children}
        </>
      }
    />
  );
}
