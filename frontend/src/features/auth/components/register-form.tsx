import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { fieldState, mapFieldErrors, type FieldMessages } from "../../../lib/api/field-errors";
import type { RegisterRequest } from "../../../lib/api/types";
import { useRegister } from "../api/register";
import { passwordRules } from "../utils/password-rules";
import { REGISTRATION_FIELDS, validateRegistration, type RegistrationField } from "../utils/validate-registration";
import { PasswordField } from "./password-field";

const EMPTY_FORM: RegisterRequest = { firstName: "", lastName: "", email: "", password: "" };

export function RegisterForm() {
  const navigate = useNavigate();
  const registration = useRegister();
  const [values, setValues] = useState(EMPTY_FORM);
  const [clientErrors, setClientErrors] = useState<FieldMessages<RegistrationField>>({});
  const errors = { ...mapFieldErrors(registration.error, REGISTRATION_FIELDS), ...clientErrors };

  const change = (field: RegistrationField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const foundErrors = validateRegistration(values);
    setClientErrors(foundErrors);
    if (Object.keys(foundErrors).length > 0) return;
    const request = { ...values, email: values.email.trim(), firstName: values.firstName.trim(), lastName: values.lastName.trim() };
    registration.mutate(request, {
      onSuccess: () => navigate(paths.auth.checkYourMail.getHref(), { state: { email: request.email } }),
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="register-form-notice">
      {registration.isError && (
        <ProblemAlert error={registration.error} title="Votre compte n'a pas été créé" fieldNames={REGISTRATION_FIELDS} />
      )}
      <p id="register-form-notice" className="fr-hint-text fr-mb-3w">
        Tous les champs sont obligatoires.
      </p>
      <Input
        label="Prénom"
        {...fieldState(errors.firstName)}
        nativeInputProps={{
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
