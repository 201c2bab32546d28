import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AnimateurOnly } from "../../../components/animateur-only";
import { ListPagination } from "../../../components/list-pagination";
import { LoadingMessage } from "../../../components/loading-message";
import { ProblemAlert } from "../../../components/problem-alert";
import { paths } from "../../../config/paths";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import type { SurveyCampaign } from "../../../lib/api/types";
import { formatDate } from "../../../utils/format-date";
import { CAMPAIGNS_PAGE_SIZE, surveyQueries, useCloseSurveyCampaign } from "../api/survey-queries";
import { OpenCampaignForm } from "../components/open-campaign-form";

const TITLE = "Enquêtes de satisfaction";
const HEADERS = ["Campagne", "Ouverte le", "Clôture", "État", "Réponses", "Action"];

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Closing early, after a confirmation in place. */
function CloseAction({ campaign, onClosed }: { campaign: SurveyCampaign; onClosed: (text: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const close = useCloseSurveyCampaign();
  // « Clôturer » and « Garder ouverte » give way to each other: focus follows instead of falling to the page.
  const question = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (confirming ? question.current : trigger.current)?.focus();
  }, [confirming]);
  const ask = (next: boolean) => {
    toggled.current = true;
    setConfirming(next);
  };
  if (!campaign.open) return null;
  if (!confirming)
    return (
      <Button ref={trigger} size="small" priority="secondary" onClick={() => ask(true)}>
        Clôturer <span className="fr-sr-only">« {campaign.title} »</span>
      </Button>
    );
  return (
    <div>
      <p ref={question} tabIndex={-1} className="fr-text--sm fr-mb-1w">
        Clôturer maintenant ? Les membres ne pourront plus répondre.
      </p>
      {close.isError && <ProblemAlert error={close.error} title="La campagne n'a pas été clôturée" />}
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button
            size="small"
            disabled={close.isPending}
            onClick={() => close.mutate(campaign.id, { onSuccess: () => onClosed(`La campagne « ${campaign.title} » est close.`) })}
          >
            Confirmer la clôture
          </Button>
        </li>
        <li>
          <Button size="small" priority="secondary" onClick={() => ask(false)}>
            Garder ouverte
          </Button>
        </li>
      </ul>
    </div>
  );
}

function Campaigns({ onNews }: { onNews: (text: string) => void }) {
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get("page"));
  const campaigns = useQuery(surveyQueries.campaigns(page));
  if (campaigns.isPending) return <LoadingMessage>Chargement des campagnes…</LoadingMessage>;
  if (campaigns.isError) return <ProblemAlert error={campaigns.error} title="Les campagnes n'ont pas pu être chargées" />;
  if (campaigns.data.total === 0)
    return (
      <div className="fr-callout">
        <p className="fr-callout__text">
          Aucune campagne pour l'instant. Ouvrez la première : chaque membre actif la reçoit par notification et par e-mail, et y répond de
          façon anonyme.
        </p>
      </div>
    );
  return (
    <>
      <Table
        caption={campaigns.data.total === 1 ? "1 campagne" : `${campaigns.data.total} campagnes`}
        headers={HEADERS}
        data={campaigns.data.items.map((campaign) => [
          <Link to={paths.animation.surveyResults.getHref(campaign.id)}>{campaign.title}</Link>,
          formatDate(campaign.openedAt),
          campaign.closedAt ? `Close le ${formatDate(campaign.closedAt)}` : formatDate(campaign.closesOn),
          campaign.open ? (
            <Badge severity="success" small>
              Ouverte
            </Badge>
          ) : (
            <Badge small>Close</Badge>
          ),
          `${campaign.answers} sur ${campaign.invited}`,
          <CloseAction campaign={campaign} onClosed={onNews} />,
        ])}
      />
      <ListPagination
        result={campaigns.data}
        pageSize={CAMPAIGNS_PAGE_SIZE}
        page={page}
        showFirstLast
        getPageLinkProps={(target) => ({ to: { search: target > 1 ? `?page=${target}` : "" } })}
      />
    </>
  );
}

function SurveyCampaigns() {
  useDocumentTitle(TITLE);
  const [opening, setOpening] = useState(false);
  const [news, setNews] = useState("");
  const status = useRef<HTMLParagraphElement>(null);
  const told = (text: string) => {
    setOpening(false);
    setNews(text);
    status.current?.focus();
  };
  return (
    <div className="fr-py-6w">
      <h1>{TITLE}</h1>
      <p className="fr-text--lead">
        Un questionnaire court et anonyme envoyé à tous les membres : recommandation (NPS), sentiment d'être moins seul·e face aux données,
        progrès en Python et en R, attentes. Une seule campagne est ouverte à la fois.
      </p>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite">
        {news}
      </p>
      {opening ? (
        <section className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w" aria-labelledby="survey-open-title">
          <h2 id="survey-open-title" className="fr-h5">
            Nouvelle campagne
          </h2>
          <OpenCampaignForm
            onOpened={(campaign) => told(`La campagne « ${campaign.title} » est ouverte et envoyée aux membres.`)}
            onCancel={() => setOpening(false)}
          />
        </section>
      ) : (
        <Button iconId="fr-icon-add-line" className="fr-mb-4w" onClick={() => setOpening(true)}>
          Ouvrir une campagne
        </Button>
      )}
      <Campaigns onNews={told} />
    </div>
  );
}

/** The animateurs' list of survey campaigns: open one, close it early, read its results. */
export function SurveyCampaignsPage() {
  return (
    <AnimateurOnly title={TITLE}>
      <SurveyCampaigns />
    </AnimateurOnly>
  );
}
