const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads 72 bytes at most: the server counts the password in UTF-8 bytes, not in characters. */
const MAX_PASSWORD_BYTES = 72;
/** The server ignores shorter local parts (« al@… »), which too many passwords would contain by chance. */
const MIN_CHECKED_LOCAL_PART_LENGTH = 3;

export type PasswordRule = { message: string; isMet: (password: string) => boolean };

const utf8 = new TextEncoder();

function utf8ByteLength(text: string): number {
  return utf8.encode(text).length;
}

function localPartOf(email: string): string {
  const at = email.indexOf("@");
  return (at === -1 ? email : email.slice(0, at)).trim().toLowerCase();
}

/** The rules the API enforces on a new password, so that a person sees them before sending the form. */
export function passwordRules(email?: string): PasswordRule[] {
  const rules: PasswordRule[] = [
    {
      message: `Au moins ${MIN_PASSWORD_LENGTH} caractères`,
      isMet: (password) => password.length >= MIN_PASSWORD_LENGTH,
    },
    {
      message: `${MAX_PASSWORD_BYTES} octets au plus : les lettres accentuées comptent double`,
      isMet: (password) => utf8ByteLength(password) <= MAX_PASSWORD_BYTES,
    },
  ];
  if (email !== undefined) {
    rules.push({
      message: "Ne pas contenir la partie de votre adresse électronique située avant « @ »",
      isMet: (password) => {
        const localPart = localPartOf(email);
        return localPart.length < MIN_CHECKED_LOCAL_PART_LENGTH || !password.toLowerCase().includes(localPart);
      },
    });
  }
  return rules;
}
