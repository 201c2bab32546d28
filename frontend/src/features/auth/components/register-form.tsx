import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary } from "../../../components/error-summary";
import { paths } from "../../../config/paths";
import { describeError } from "../../../lib/api/api-error";
import { fieldState, mapFieldErrors, unmappedFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { RegisterRequest } from "../../../lib/api/types";
import { useRegister } from "../api/register";
import { passwordRules } from "../utils/password-rules";
import { REGISTRATION_FIELDS, validateRegistration, type RegistrationField } from "../utils/validate-registration";
import { PasswordField } from "./password-field";

const EMPTY_FORM: RegisterRequest = { firstName: "", lastName: "", email: "", password: "" };

const FIELD_LABELS: Record<RegistrationField, string> = {
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse électronique professionnelle",
  password: "Mot de passe",
};
const fieldId = (field: RegistrationField) => `register-${field}`;

export function RegisterForm() {
  const navigate = useNavigate();
  const registration = useRegister();
  const [values, setValues] = useState(EMPTY_FORM);
  /** The values as they were at the last submission: a field's error is shown while its value has not changed since. */
  const [submitted, setSubmitted] = useState<RegisterRequest | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The browser's checks follow the values as they are typed once the form was sent; the server's are about
  // the values it received, so they go away as soon as the field is changed.
  const serverErrors = mapFieldErrors(registration.error, REGISTRATION_FIELDS);
  const errors: FieldMessages<RegistrationField> = {};
  if (submitted) {
    for (const field of REGISTRATION_FIELDS) {
      if (serverErrors[field] && values[field] === submitted[field]) errors[field] = serverErrors[field];
    }
    Object.assign(errors, validateRegistration(values));
  }
  const fieldsInError = REGISTRATION_FIELDS.filter((field) => errors[field]).map((field) => ({
    targetId: fieldId(field),
    label: FIELD_LABELS[field],
    message: errors[field] ?? "",
  }));
  const otherServerMessages = unmappedFieldErrors(registration.error, REGISTRATION_FIELDS);

  const change = (field: RegistrationField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    registration.reset();
    setSubmitted(values);
    setAttempt((count) => count + 1);
    if (Object.keys(validateRegistration(values)).length > 0) return;
    const request = { ...values, email: values.email.trim(), firstName: values.firstName.trim(), lastName: values.lastName.trim() };
    registration.mutate(request, {
      onSuccess: () => navigate(paths.auth.checkYourMail.getHref(), { state: { email: request.email } }),
      onError: () => setAttempt((count) => count + 1),
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="register-form-notice">
      <ErrorSummary
        title="Votre compte n'a pas été créé"
        errors={fieldsInError}
        attempt={attempt}
        visible={registration.isError || fieldsInError.length > 0}
      >
        {registration.isError && <p>{describeError(registration.error)}</p>}
        {otherServerMessages.length > 0 && (
          <ul>
            {otherServerMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </ErrorSummary>
      <p id="register-form-notice" className="fr-hint-text fr-mb-3w">
        Tous les champs sont obligatoires.
      </p>
      <Input
        label="Prénom"
        {...fieldState(errors.firstName)}
        nativeInputProps={{
          id: fieldId("firstName"),
          name: "firstName",
          autoComplete: "given-name",
          maxLength: 80,
          required: true,
          value: values.firstName,
          onChange: (event) => change("firstName")(event.target.value),
        }}
      />
      <Input
        label="Nom"
        {...fieldState(errors.lastName)}
        nativeInputProps={{
          id: fieldId("lastName"),
          name: "lastName",
          autoComplete: "family-name",
          maxLength: 80,
          required: true,
          value: values.lastName,
          onChange: (event) => change("lastName")(event.target.value),
        }}
      />
      <Input
        label="Adresse électronique professionnelle"
        hintText="Celle de votre employeur public. Format attendu : prenom.nom@ministere.gouv.fr"
        {...fieldState(errors.email)}
        nativeInputProps={{
          type: "email",
          id: fieldId("email"),
          name: "email",
          autoComplete: "email",
          maxLength: 254,
          required: true,
          value: values.email,
          onChange: (event) => change("email")(event.target.value),
        }}
      />
      <PasswordField
        label="Mot de passe"
        autoComplete="new-password"
        rules={passwordRules(values.email)}
        id={fieldId("password")}
        errorMessage={errors.password}
        value={values.password}
        onChange={change("password")}
      />
      <Button type="submit" className="fr-mt-4w" disabled={registration.isPending}>
        Créer mon compte
      </Button>
    </form>
  );
}
