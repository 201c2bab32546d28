import { describe, expect, it, vi } from "vitest";
import { jsonResponse, mockApi } from "../../test/mock-api";
import { logout } from "./session-api";
import { getSessionSnapshot, startSession } from "./session-store";

const session = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-1", roles: ["member"] };

describe("logout", () => {
  it("sends the browser to ProConnect's logout address after a ProConnect session", async () => {
    const endSessionUrl = "https://proconnect.example/api/v2/session/end?id_token_hint=x&state=y&post_logout_redirect_uri=z";
    mockApi({ "POST /api/v1/auth/logout": () => jsonResponse({ endSessionUrl }) });
    startSession(session);
    const leaveFor = vi.fn();

    await logout(leaveFor);

    expect(getSessionSnapshot().status).toBe("anonymous");
    expect(leaveFor).toHaveBeenCalledWith(endSessionUrl);
  });

  it("stays in the application after a password session", async () => {
    mockApi({ "POST /api/v1/auth/logout": () => new Response(null, { status: 204 }) });
    startSession(session);
    const leaveFor = vi.fn();

    await logout(leaveFor);

    expect(getSessionSnapshot().status).toBe("anonymous");
    expect(leaveFor).not.toHaveBeenCalled();
  });
});
