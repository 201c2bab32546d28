import { fieldErrorsOf } from "./api-error";
import type { FieldError } from "./types";

type CompleteFieldError = Required<Pick<FieldError, "field" | "message">>;

function completeFieldErrors(error: unknown): CompleteFieldError[] {
  return fieldErrorsOf(error).filter((candidate): candidate is CompleteFieldError => !!candidate.field && !!candidate.message);
}

export type FieldMessages<Field extends string> = Partial<Record<Field, string>>;

/**
 * Whether the API's `errors[].field` designates the form field `name`.
 * The API may send the bare property (`email`) or a validation path (`register.request.email`, `skills[0].level`).
 */
function designates(apiField: string, name: string): boolean {
  return apiField === name || apiField.endsWith(`.${name}`) || apiField.startsWith(`${name}[`) || apiField.includes(`.${name}[`);
}

/** Maps the `errors` of a problem+json answer onto the form's own field names; the first message per field wins. */
export function mapFieldErrors<Field extends string>(error: unknown, fields: readonly Field[]): FieldMessages<Field> {
  const messages: FieldMessages<Field> = {};
  for (const { field, message } of completeFieldErrors(error)) {
    const name = fields.find((candidate) => designates(field, candidate));
    if (name && messages[name] === undefined) messages[name] = message;
  }
  return messages;
}

/** Messages of the problem that no field of the form can show, to be listed in the alert. */
export function unmappedFieldErrors(error: unknown, fields: readonly string[]): string[] {
  return completeFieldErrors(error)
    .filter(({ field }) => !fields.some((name) => designates(field, name)))
    .map(({ message }) => message);
}

/** Props for a DSFR Input or Select showing the field's error, if any. */
export function fieldState(message: string | undefined): { state?: "error"; stateRelatedMessage?: string } {
  return message ? { state: "error", stateRelatedMessage: message } : {};
}
