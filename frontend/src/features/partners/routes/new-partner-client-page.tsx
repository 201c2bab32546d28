import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { AdminOnly } from "../../../components/admin-only";
import { CenteredColumn } from "../../../components/centered-column";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { PartnerClientWithSecret } from "../../../lib/api/types";
import { useCreatePartnerClient } from "../api/edit-partner-client";
import { PartnerClientForm } from "../components/partner-client-form";
import { SecretPanel } from "../components/secret-panel";
import { emptyDraft, toRequest } from "../utils/partner-draft";

const TITLE = "Enregistrer un client partenaire";

/**
 * The registration form, then, in its place, the credentials shown once. They live in this page's state only: a
 * reload, or the client's own page, never shows the secret again.
 */
function NewPartnerClient() {
  const navigate = useNavigate();
  const create = useCreatePartnerClient();
  const [created, setCreated] = useState<PartnerClientWithSecret | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (created)
    return (
      <CenteredColumn>
        <h1 ref={heading} tabIndex={-1}>
          Client « {created.client.name} » enregistré
        </h1>
        <SecretPanel clientId={created.clientId} clientSecret={created.clientSecret} />
        <Button linkProps={{ to: paths.admin.partnerClient.getHref(created.client.id) }}>J'ai copié le secret : voir le client</Button>
      </CenteredColumn>
    );

  return (
    <CenteredColumn>
      <h1>{TITLE}</h1>
      <p>Pour une administration qui intègre Spyrales par l'API. Le secret du client sera affiché une seule fois, à l'enregistrement.</p>
      <PartnerClientForm
        initialDraft={emptyDraft()}
        submitLabel="Enregistrer le client"
        isPending={create.isPending}
        error={create.error}
        onCancel={() => navigate(paths.admin.partnerClients.getHref())}
        onSubmit={(draft) =>
          create.mutate(toRequest(draft), {
            onSuccess: (result) => {
              setCreated(result);
              requestAnimationFrame(() => heading.current?.focus());
            },
          })
        }
      />
    </CenteredColumn>
  );
}

export function NewPartnerClientPage() {
  useDocumentTitle(TITLE);
  return (
    <AdminOnly title={TITLE}>
      <NewPartnerClient />
    </AdminOnly>
  );
}
