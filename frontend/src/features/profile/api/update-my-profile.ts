import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import type { ProfileUpdate } from "../../../lib/api/types";
import { unwrap } from "../../../lib/api/unwrap";
import { MEMBER_PROFILES_KEY, MY_PROFILE_KEY } from "../../../lib/my-profile";

export async function updateMyProfile(body: ProfileUpdate) {
  return unwrap(await apiClient.PATCH("/api/v1/me", { body }));
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(MY_PROFILE_KEY, profile);
      // The directory and member pages show this profile too.
      void queryClient.invalidateQueries({ queryKey: MEMBER_PROFILES_KEY });
    },
  });
}
