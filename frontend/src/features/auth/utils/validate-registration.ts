import type { FieldMessages } from "../../../lib/api/field-errors";
import type { RegisterRequest } from "../../../lib/api/types";
import { passwordRules } from "./password-rules";

export type RegistrationField = "firstName" | "lastName" | "email" | "password";
export const REGISTRATION_FIELDS: readonly RegistrationField[] = ["firstName", "lastName", "email", "password"];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks a browser can make before the API does its own (public-sector domain, existing account…). */
export function validateRegistration(values: RegisterRequest): FieldMessages<RegistrationField> {
  const errors: FieldMessages<RegistrationField> = {};
  if (values.firstName.trim() === "") errors.firstName = "Renseignez votre prénom.";
  if (values.lastName.trim() === "") errors.lastName = "Renseignez votre nom.";
  if (values.email.trim() === "") {
    errors.email = "Renseignez votre adresse électronique professionnelle.";
  } else if (!EMAIL_PATTERN.test(values.email.trim())) {
    errors.email = "Saisissez une adresse électronique valide, par exemple prenom.nom@interieur.gouv.fr.";
  }
  if (!passwordRules(values.email).every(({ isMet }) => isMet(values.password))) {
    errors.password = "Le mot de passe ne respecte pas toutes les règles ci-dessous.";
  }
  return errors;
}
