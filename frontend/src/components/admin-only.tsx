import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../hooks/use-document-title";
import { ADMIN_ROLE, hasRole, useSession } from "../lib/session/use-session";

function ReservedPage({ title }: { title: string }) {
  useDocumentTitle(title);
  return (
    <div className="fr-py-6w">
      <h1>{title}</h1>
      <Alert as="h2" severity="warning" title="Accès réservé" description="Cette page est réservée aux administrateurs." />
    </div>
  );
}

/**
 * Shows its children (a whole page) to administrators; anyone else reads, under the page's `title`, why it is
 * closed to them, and the page asks the API nothing.
 */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const session = useSession();
  return hasRole(session, ADMIN_ROLE) ? children : <ReservedPage title={title} />;
}
