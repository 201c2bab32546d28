import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

type StatisticsSectionProps<T extends { refreshedAt: string }> = {
  id: string;
  title: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
};

/** One part of the page (an h2), with its own loading and error states: one failing part leaves the others readable. */
export function StatisticsSection<T extends { refreshedAt: string }>({ id, title, query, children }: StatisticsSectionProps<T>) {
  return (
    <section aria-labelledby={id} className="fr-mt-6w">
      <h2 id={id}>{title}</h2>
      {query.isPending ? (
        <LoadingMessage>Chargement des chiffres…</LoadingMessage>
      ) : query.isError ? (
        <ProblemAlert error={query.error} title="Ces chiffres sont momentanément indisponibles" />
      ) : (
        <>
          <p className="fr-text--sm fr-mb-3w">Chiffres calculés le {dateFormat.format(new Date(query.data.refreshedAt))}.</p>
          {children(query.data)}
        </>
      )}
    </section>
  );
}
