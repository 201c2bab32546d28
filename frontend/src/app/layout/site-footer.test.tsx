import { screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { AccessibilityPage } from "../../features/home/routes/accessibility-page";
import { CookiesPage } from "../../features/home/routes/cookies-page";
import { LegalNoticePage } from "../../features/home/routes/legal-notice-page";
import { PersonalDataPage } from "../../features/home/routes/personal-data-page";
import { renderWithProviders } from "../../test/render-with-providers";
import { mockApi } from "../../test/mock-api";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

describe("the footer of a State service", () => {
  it("links to the mandatory pages and opens the display settings", () => {
    mockApi({});
    // The footer takes the brand from the header, as in the layout.
    renderWithProviders(
      <>
        <SiteHeader />
        <SiteFooter />
      </>,
    );
    const footer = screen.getByRole("contentinfo");

    expect(within(footer).getByRole("link", { name: "Mentions légales" })).toHaveAttribute("href", "/mentions-legales");
    expect(within(footer).getByRole("link", { name: "Données personnelles" })).toHaveAttribute("href", "/donnees-personnelles");
    expect(within(footer).getByRole("link", { name: "Gestion des cookies" })).toHaveAttribute("href", "/gestion-des-cookies");
    expect(within(footer).getByRole("link", { name: "Accessibilité : non conforme" })).toHaveAttribute("href", "/accessibilite");
    const display = within(footer).getByRole("button", { name: /Paramètres d'affichage/ });
    // The DSFR display dialog, mounted by react-dsfr, opens from this button.
    expect(display).toHaveAttribute("aria-controls", "fr-theme-modal");
  });
});

describe("the site's pages of information", () => {
  const pages: [string, ReactElement, string][] = [
    ["legal notice", <LegalNoticePage />, "Mentions légales"],
    ["personal data", <PersonalDataPage />, "Données personnelles"],
    ["cookies", <CookiesPage />, "Gestion des cookies"],
    ["accessibility statement", <AccessibilityPage />, "Déclaration d'accessibilité"],
  ];

  it.each(pages)("the %s page has its heading and its title", (_, page, title) => {
    renderWithProviders(page);

    expect(screen.getByRole("heading", { level: 1, name: title })).toBeInTheDocument();
    expect(document.title).toBe(`${title} — Spyrales`);
  });

  it("says how long each kind of data is kept and how to use one's rights", () => {
    renderWithProviders(<PersonalDataPage />);

    const retention = screen.getByRole("table", { name: "Durées de conservation" });
    expect(within(retention).getByRole("row", { name: /spyrales_refresh.*30 jours/ })).toBeInTheDocument();
    expect(within(retention).getByRole("row", { name: /courriels envoyés.*Effacé dès l'envoi/ })).toBeInTheDocument();
    expect(within(retention).getByRole("row", { name: /webhooks.*30 jours/ })).toBeInTheDocument();
    expect(screen.getByText(/Télécharger mes données/)).toBeInTheDocument();
    expect(screen.getByText(/Supprimer mon compte/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /cnil/i })).toBeInTheDocument();
  });

  it("lists the two strictly necessary cookies and says why there is no banner", () => {
    renderWithProviders(<CookiesPage />);

    const cookies = screen.getByRole("table", { name: "Cookies déposés par Spyrales" });
    expect(
      within(cookies)
        .getAllByRole("row")
        .slice(1)
        .map((row) => within(row).getAllByRole("cell")[0].textContent),
    ).toEqual(["spyrales_refresh", "spyrales_proconnect_state"]);
    expect(screen.getByText(/aucun bandeau ne vous demande votre consentement/)).toBeInTheDocument();
  });

  it("declares the site non compliant without an audit, with a contact and the appeal to the Défenseur des droits", () => {
    renderWithProviders(<AccessibilityPage />);

    expect(screen.getByText(/est non conforme/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Voies de recours" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "contact@spyrales.fr" })).toHaveAttribute("href", "mailto:contact@spyrales.fr");
    expect(screen.getByRole("link", { name: /formulaire en ligne/ })).toHaveAttribute("href", "https://formulaire.defenseurdesdroits.fr/");
  });
});
