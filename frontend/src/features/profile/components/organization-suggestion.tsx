import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useQueryClient } from "@tanstack/react-query";
import { ProblemAlert } from "../../../components/problem-alert";
import { organizationLabel } from "../../../lib/referentials/organizations";
import {
  ORGANIZATION_SUGGESTION_KEY,
  useDismissMyOrganizationSuggestion,
  useMyOrganizationSuggestion,
} from "../api/organization-suggestion";
import { useUpdateMyProfile } from "../api/update-my-profile";

/**
 * « ProConnect indique votre établissement » : the organisation most chosen by the members of the same employing
 * body, for a member who has chosen none. One click chooses it (saved at once); the member may also dismiss it.
 */
export function OrganizationSuggestion({ onChosen }: { onChosen: (organizationId: string) => void }) {
  const suggestion = useMyOrganizationSuggestion();
  const choose = useUpdateMyProfile();
  const dismiss = useDismissMyOrganizationSuggestion();
  const queryClient = useQueryClient();

  if (!suggestion.data) return null;
  const organization = suggestion.data.organization;

  const handleChoose = () =>
    choose.mutate(
      { organizationId: organization.id },
      {
        onSuccess: () => {
          queryClient.setQueryData(ORGANIZATION_SUGGESTION_KEY, null);
          onChosen(String(organization.id));
        },
      },
    );

  return (
    <div className="fr-mb-3w">
      <Alert
        severity="info"
        small
        description={`ProConnect indique votre établissement : ${organizationLabel(organization)} ?`}
        className="fr-mb-2w"
      />
      {choose.isError && <ProblemAlert error={choose.error} title="L'organisation n'a pas été enregistrée" />}
      {dismiss.isError && <ProblemAlert error={dismiss.error} title="La suggestion n'a pas été écartée" />}
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttonsSize="small"
        buttons={[
          { children: "Choisir cette organisation", type: "button", onClick: handleChoose, disabled: choose.isPending },
          {
            children: "Ce n'est pas mon organisation",
            priority: "tertiary",
            type: "button",
            onClick: () => dismiss.mutate(),
            disabled: dismiss.isPending,
          },
        ]}
      />
    </div>
  );
}
