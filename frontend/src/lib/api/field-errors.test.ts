import { describe, expect, it } from "vitest";
import { problemResponse } from "../../test/mock-api";
import { ApiError, describeError, toApiError } from "./api-error";
import { fieldState, mapFieldErrors, unmappedFieldErrors } from "./field-errors";

async function apiErrorFrom(response: Response): Promise<ApiError> {
  return toApiError(await response.json(), response);
}

const validationProblem = problemResponse({
  status: 400,
  title: "Bad Request",
  detail: "Certains champs sont invalides.",
  errors: [
    { field: "password", message: "Le mot de passe doit contenir au moins 12 caractères." },
    { field: "register.request.email", message: "Adresse invalide." },
    { field: "skills[1].level", message: "Le niveau va de 1 à 4." },
    { field: "password", message: "Second message ignoré." },
    { field: "unknownField", message: "Champ inconnu du formulaire." },
  ],
});

describe("mapping a problem+json answer onto form fields", () => {
  it("gives each form field the first message the API sent for it, whatever the path form", async () => {
    const error = await apiErrorFrom(validationProblem.clone());

    expect(mapFieldErrors(error, ["email", "password", "skills", "firstName"])).toEqual({
      email: "Adresse invalide.",
      password: "Le mot de passe doit contenir au moins 12 caractères.",
      skills: "Le niveau va de 1 à 4.",
    });
  });

  it("keeps the messages no field can show, for the alert", async () => {
    const error = await apiErrorFrom(validationProblem.clone());

    expect(unmappedFieldErrors(error, ["email", "password", "skills"])).toEqual(["Champ inconnu du formulaire."]);
  });

  it("does not mistake a field for another that merely ends like it", async () => {
    const error = await apiErrorFrom(
      problemResponse({ status: 400, errors: [{ field: "organizationId", message: "Organisation inconnue." }] }),
    );

    expect(mapFieldErrors(error, ["id", "organizationId"])).toEqual({ organizationId: "Organisation inconnue." });
  });

  it("maps nothing for errors that are not API problems", () => {
    expect(mapFieldErrors(new TypeError("Failed to fetch"), ["email"])).toEqual({});
  });

  it("turns a message into the DSFR error state of an input", () => {
    expect(fieldState("Obligatoire.")).toEqual({ state: "error", stateRelatedMessage: "Obligatoire." });
    expect(fieldState(undefined)).toEqual({});
  });
});

describe("describing an API error to a person", () => {
  it("shows the problem's French detail", async () => {
    const error = await apiErrorFrom(
      problemResponse({ status: 422, title: "Unprocessable", detail: "Ce domaine n'appartient pas au secteur public." }),
    );

    expect(error.status).toBe(422);
    expect(describeError(error)).toBe("Ce domaine n'appartient pas au secteur public.");
  });

  it("falls back to a French message when the body is not a problem, and reads Retry-After", () => {
    const response = new Response("<html>Bad gateway</html>", { status: 429, headers: { "Retry-After": "120" } });

    const error = toApiError("<html>Bad gateway</html>", response);

    expect(describeError(error)).toBe("Trop de tentatives. Patientez un peu avant de réessayer.");
    expect(error.retryAfterSeconds).toBe(120);
  });

  it("recognises a problem by the end of its type URI", async () => {
    const error = await apiErrorFrom(
      problemResponse({ status: 403, type: "https://spyrales.fr/problems/email-not-verified", detail: "Confirmez votre adresse." }),
    );

    expect(error.hasType("email-not-verified")).toBe(true);
    expect(error.hasType("verified-elsewhere")).toBe(false);
  });
});
