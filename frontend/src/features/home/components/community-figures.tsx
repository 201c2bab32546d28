import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { LoadingMessage } from "../../../components/loading-message";
import type { CommunityStats } from "../../../lib/api/types";
import { useStats } from "../api/get-stats";

const FIGURES: { key: keyof CommunityStats; singular: string; plural: string }[] = [
  { key: "members", singular: "membre", plural: "membres" },
  { key: "organizations", singular: "organisation représentée", plural: "organisations représentées" },
  { key: "mentors", singular: "mentor disponible", plural: "mentors disponibles" },
  { key: "skills", singular: "compétence partagée", plural: "compétences partagées" },
];

const numberFormat = new Intl.NumberFormat("fr-FR");

export function CommunityFigures() {
  const { data: stats, isPending, isError } = useStats();

  if (isPending) return <LoadingMessage>Chargement des chiffres de la communauté…</LoadingMessage>;
  if (isError) {
    return <Alert severity="info" small description="Les chiffres de la communauté sont momentanément indisponibles." />;
  }
  return (
    <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
      {FIGURES.map(({ key, singular, plural }) => {
        // A count of people too small to publish (see /statistiques) is left out.
        const value = stats[key];
        if (value === null || value === undefined) return null;
        return (
          <li key={key} className="fr-col-6 fr-col-md-3">
            <p className="fr-mb-0">
              <span className="fr-h2">{numberFormat.format(value)}</span>
              <br />
              <span className="fr-text--lg">{value > 1 ? plural : singular}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
