import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import { useResendVerification } from "../api/resend-verification";

/** Asks for a new confirmation link, for a given address. */
export function ResendVerificationForm({ defaultEmail = "" }: { defaultEmail?: string }) {
  const [email, setEmail] = useState(defaultEmail);
  const resend = useResendVerification();
  const errors = mapFieldErrors(resend.error, ["email"]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resend.mutate(email.trim());
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      {resend.isSuccess && <Alert severity="success" small role="status" className="fr-mb-3w" description={resend.data.message} />}
      {resend.isError && <ProblemAlert error={resend.error} fieldNames={["email"]} />}
      <Input
        label="Adresse électronique"
        {...fieldState(errors.email)}
        nativeInputProps={{
          type: "email",
          name: "email",
          autoComplete: "email",
          required: true,
          value: email,
          onChange: (event) => setEmail(event.target.value),
        }}
      />
      <Button type="submit" priority="secondary" disabled={resend.isPending}>
        Renvoyer le lien de confirmation
      </Button>
    </form>
  );
}
