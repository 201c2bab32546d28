import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { CenteredColumn } from "../../../components/centered-column";
import { LoadingMessage } from "../../../components/loading-message";
import { NotFoundPage } from "../../../components/not-found-page";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { isNotFound } from "../../../lib/api/api-error";
import { flashState } from "../../../lib/flash-message";
import { useUpdatePartnerClient } from "../api/edit-partner-client";
import { partnerQueries } from "../api/partners-queries";
import { PartnerClientForm } from "../components/partner-client-form";
import { draftOf, toRequest } from "../utils/partner-draft";

const TITLE = "Modifier un client partenaire";

function EditPartnerClient({ id }: { id: string }) {
  const navigate = useNavigate();
  const client = useQuery(partnerQueries.client(id));
  const update = useUpdatePartnerClient(id);
  if (isNotFound(client.error)) return <NotFoundPage />;
  if (client.isPending) return <LoadingMessage>Chargement du client…</LoadingMessage>;
  if (client.isError) return <ProblemAlert error={client.error} title="Le client n'a pas pu être chargé" />;
  return (
    <>
      <h1>Modifier « {client.data.name} »</h1>
      <PartnerClientForm
        initialDraft={draftOf(client.data)}
        submitLabel="Enregistrer les modifications"
        isPending={update.isPending}
        error={update.error}
        onCancel={() => navigate(paths.admin.partnerClient.getHref(id))}
        onSubmit={(draft) => {
          // A cleared date ends the validity limit: the merge patch says so with null.
          const { expiresAt, ...body } = toRequest(draft);
          update.mutate(
            { ...body, expiresAt: expiresAt ?? null },
            {
              onSuccess: () =>
                navigate(paths.admin.partnerClient.getHref(id), { state: flashState("Les modifications sont enregistrées.", "success") }),
            },
          );
        }}
      />
    </>
  );
}

export function EditPartnerClientPage() {
  useDocumentTitle(TITLE);
  const { id = "" } = useParams();
  return (
    <AdminOnly title={TITLE}>
      <CenteredColumn>
        <EditPartnerClient id={id} />
      </CenteredColumn>
    </AdminOnly>
  );
}
