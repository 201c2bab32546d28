import { describe, expect, it } from "vitest";
import { problemResponse } from "../../test/mock-api";
import { errorReference, toApiError } from "./api-error";

async function apiErrorFrom(response: Response) {
  const body: unknown = response.headers.get("Content-Type")?.includes("json") ? await response.json() : await response.text();
  return toApiError(body, response);
}

describe("the reference of an error, by which the administrators find it in the logs", () => {
  it("is given for a failure of the service, from the problem's requestId", async () => {
    const error = await apiErrorFrom(
      problemResponse({ status: 503, detail: "data.gouv.fr ne répond pas.", requestId: "3f2b8c1e-6a4d-4f0b-9e2a-5c7d8e9f0a1b" }),
    );

    expect(error.requestId).toBe("3f2b8c1e-6a4d-4f0b-9e2a-5c7d8e9f0a1b");
    expect(errorReference(error)).toBe("Référence de l'erreur : 3f2b8c1e-6a4d-4f0b-9e2a-5c7d8e9f0a1b");
  });

  it("comes from the X-Request-Id header when a proxy answered instead of the API", async () => {
    const error = await apiErrorFrom(
      new Response("<html>Bad Gateway</html>", { status: 502, headers: { "Content-Type": "text/html", "X-Request-Id": "proxy-7f3a" } }),
    );

    expect(errorReference(error)).toBe("Référence de l'erreur : proxy-7f3a");
  });

  it("is not repeated when the detail already names it", async () => {
    const error = await apiErrorFrom(
      problemResponse({
        status: 500,
        detail: "Une erreur inattendue s'est produite. Référence de l'incident : abc-123.",
        requestId: "abc-123",
      }),
    );

    expect(errorReference(error)).toBeNull();
  });

  it("is not shown for a refusal the person can act on", async () => {
    const error = await apiErrorFrom(problemResponse({ status: 400, detail: "Certains champs sont invalides.", requestId: "abc-123" }));

    expect(error.requestId).toBe("abc-123");
    expect(errorReference(error)).toBeNull();
  });
});
