const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 72;

export type PasswordRule = { message: string; isMet: (password: string) => boolean };

function localPartOf(email: string): string {
  const at = email.indexOf("@");
  return (at === -1 ? email : email.slice(0, at)).trim().toLowerCase();
}

/** The rules the API enforces on a new password, so that a person sees them before sending the form. */
export function passwordRules(email?: string): PasswordRule[] {
  const rules: PasswordRule[] = [
    {
      message: `De ${MIN_PASSWORD_LENGTH} à ${MAX_PASSWORD_LENGTH} caractères`,
      isMet: (password) => password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH,
    },
  ];
  if (email !== undefined) {
    rules.push({
      message: "Ne pas contenir la partie de votre adresse électronique située avant « @ »",
      isMet: (password) => {
        const localPart = localPartOf(email);
        return localPart === "" || !password.toLowerCase().includes(localPart);
      },
    });
  }
  return rules;
}
