import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import type { PasswordRule } from "../utils/password-rules";

type PasswordFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  /** Rules shown under the field, marked as met while the person types. */
  rules?: PasswordRule[];
  errorMessage?: string;
  /** The input's id, for the links of an error summary. */
  id?: string;
};

/** DSFR password input (with its "Afficher" toggle) that shows the rules and the error of the field. */
export function PasswordField({ label, value, onChange, autoComplete, rules = [], errorMessage, id }: PasswordFieldProps) {
  const ruleMessages = rules.map(({ message, isMet }) => ({
    message,
    severity: isMet(value) ? ("valid" as const) : errorMessage ? ("error" as const) : ("info" as const),
  }));
  return (
    <PasswordInput
      label={label}
      messagesHint={rules.length > 0 ? "Votre mot de passe doit contenir :" : ""}
      messages={errorMessage ? [{ message: errorMessage, severity: "error" }, ...ruleMessages] : ruleMessages}
      nativeInputProps={{
        id,
        name: autoComplete === "new-password" ? "new-password" : "password",
        autoComplete,
        required: true,
        value,
        onChange: (event) => onChange(event.target.value),
      }}
    />
  );
}
