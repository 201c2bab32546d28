import { apiClient } from "../api/client";
import { endSession } from "./session-store";

/**
 * Closes the session on the server (clears the refresh cookie), then forgets the access token. A session opened
 * with ProConnect is ended there too: the browser goes to ProConnect's logout address, which brings it back.
 */
export async function logout(leaveFor: (url: string) => void = (url) => window.location.assign(url)): Promise<void> {
  let endSessionUrl: string | undefined;
  try {
    const { data } = await apiClient.POST("/api/v1/auth/logout", { body: {} });
    endSessionUrl = data?.endSessionUrl;
  } finally {
    endSession();
  }
  if (endSessionUrl) leaveFor(endSessionUrl);
}
