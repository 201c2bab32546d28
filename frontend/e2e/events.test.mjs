// Events in a real browser against the packaged app: an animateur creates a webinar with one seat; Léa registers and
// gets it, Karim is put on the waitlist at position 1 and does not see the online link; Léa cancels (after a
// confirmation), Karim is promoted at once and sees the link; the animateur's registrants list, « Mes inscriptions »
// and the profile's « Mon agenda » are visited too; last, the animateur cancels the event with a reason, which Karim
// reads. Every page is checked with axe.
// Everyone is created for this run through the API, the animateur made so by this server's own administrator.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const ANIMATEUR = person("Nadia", "Ferrand", suffix, { jobTitle: "Animatrice de la communauté" });
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière" });
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Statisticien" });
const TITLE = `Débuter avec pandas ${suffix}`;
const ONLINE_URL = `https://webinaire.numerique.gouv.fr/pandas-${suffix}`;

/** A day in a week's time, as Paris writes it (the form's date field). */
const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + 7 * 24 * 3600_000));

/** "2026-12-08 14:00": an instant read at Paris. */
const PARIS_MINUTE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });

let server;
let api;
let browser;
let animateur;
let lea;
let karim;
let eventId;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 7);
  api = apiOf(server);
  for (const member of [ANIMATEUR, LEA, KARIM]) member.id = await api.createMember(member);
  const admin = await api.createAdmin();
  await api.call("PUT", `/api/v1/members/${ANIMATEUR.id}/roles/animateur`, admin);
  browser = await launchBrowser();
  animateur = await openSession(browser, server.baseUrl, ANIMATEUR);
  lea = await openSession(browser, server.baseUrl, LEA);
  karim = await openSession(browser, server.baseUrl, KARIM);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("an animateur creates a webinar with one seat, at Paris time", async () => {
  await animateur.getByRole("link", { name: "Événements", exact: true }).first().click();
  await heading(animateur, "Événements");
  await animateur.getByRole("heading", { level: 2, name: /événement/ }).waitFor();
  await assertAccessible(animateur, "l'agenda");
  await animateur.getByRole("link", { name: "Créer un événement" }).click();
  await heading(animateur, "Créer un événement");
  await assertAccessible(animateur, "le formulaire d'événement");

  await animateur.getByLabel(/^Titre/).fill(TITLE);
  await animateur.getByLabel("Type d'événement").selectOption({ label: "Webinaire" });
  const start = animateur.getByRole("group", { name: /^Début/ });
  await start.getByLabel("Date").fill(DAY);
  await start.getByLabel("Heure").fill("14:00");
  const end = animateur.getByRole("group", { name: /^Fin/ });
  await end.getByLabel("Date").fill(DAY);
  await end.getByLabel("Heure").fill("15:30");
  await animateur.getByLabel(/^Lien de connexion/).fill(ONLINE_URL);
  await animateur.getByLabel(/^Nombre de places/).fill("1");
  await animateur
    .getByRole("group", { name: /^Langage de programmation/ })
    .getByText("Python", { exact: true })
    .click();
  await animateur.getByLabel(/^Présentation/).fill("Les **bases** de pandas : lire, filtrer, agréger.");
  await animateur.getByRole("button", { name: "Créer l'événement" }).click();

  await heading(animateur, TITLE);
  await animateur.getByText("1 place restante").waitFor();
  await animateur.getByRole("link", { name: /Rejoindre l'événement en ligne/ }).waitFor();
  await assertAccessible(animateur, "la page de l'événement, côté animateur");
  eventId = new URL(animateur.url()).pathname.split("/").pop();
  const created = await api.call("GET", `/api/v1/events/${eventId}`, await api.login(ANIMATEUR));
  assert.equal(PARIS_MINUTE.format(new Date(created.startsAt)), `${DAY} 14:00`);
  assert.equal(created.capacity, 1);
});

test("Léa registers and gets the seat; Karim is first on the waitlist, without the online link", async () => {
  await lea.goto(`${server.baseUrl}/evenements`);
  await lea.getByRole("link", { name: TITLE }).click();
  await heading(lea, TITLE);
  await lea.getByText("Le lien de connexion est donné aux inscrits confirmés.").waitFor();
  await assertAccessible(lea, "un événement avant l'inscription");
  await lea.getByRole("button", { name: "M'inscrire" }).click();
  await lea.getByText(/Vous êtes inscrit·e. Un e-mail de confirmation/).waitFor();
  await lea.getByRole("link", { name: /Rejoindre l'événement en ligne/ }).waitFor();
  assert.equal(await lea.getByRole("link", { name: /Rejoindre l'événement en ligne/ }).getAttribute("href"), ONLINE_URL);
  await assertAccessible(lea, "un événement où je suis inscrite");

  await karim.goto(`${server.baseUrl}/evenements/${eventId}`);
  await heading(karim, TITLE);
  await karim.getByText("Complet — liste d'attente").waitFor();
  await karim.getByRole("button", { name: "Rejoindre la liste d'attente" }).click();
  await karim.getByText("Vous êtes 1ᵉʳ sur la liste d'attente", { exact: true }).waitFor();
  assert.equal(await karim.getByRole("link", { name: /Rejoindre l'événement en ligne/ }).count(), 0);
  await assertAccessible(karim, "un événement où je suis en liste d'attente");

  await karim.goto(`${server.baseUrl}/evenements/mes-inscriptions`);
  await heading(karim, "Mes inscriptions");
  await karim.getByRole("link", { name: TITLE }).waitFor();
  await karim.getByText("Vous êtes 1ᵉʳ sur la liste d'attente").waitFor();
  await assertAccessible(karim, "mes inscriptions");
});

test("the animateur sees Léa confirmed and Karim waitlisted", async () => {
  await animateur.goto(`${server.baseUrl}/evenements/${eventId}`);
  await animateur.getByRole("link", { name: "Voir les inscrits" }).click();
  await heading(animateur, `Inscrits à « ${TITLE} »`);
  const table = animateur.getByRole("table", { name: /Inscrits/ });
  await table.getByRole("row", { name: new RegExp(`${LEA.name}.*Inscrit·e`) }).waitFor();
  await table.getByRole("row", { name: new RegExp(`${KARIM.name}.*En liste d'attente.*1ᵉʳ`) }).waitFor();
  await assertAccessible(animateur, "les inscrits");
});

test("Léa cancels after a confirmation; Karim is promoted at once and sees the online link", async () => {
  await lea.goto(`${server.baseUrl}/evenements/${eventId}`);
  await heading(lea, TITLE);
  await lea.getByRole("button", { name: "Me désinscrire" }).click();
  const dialog = lea.getByRole("dialog", { name: "Vous désinscrire de cet événement ?" });
  await dialog.getByText("Votre place ira aussitôt à la première personne de la liste d'attente.").waitFor();
  await assertAccessible(lea, "la confirmation de désinscription");
  await dialog.getByRole("button", { name: "Me désinscrire" }).click();
  await lea.getByText("Vous n'êtes plus inscrit·e à cet événement.").waitFor();
  await dialog.waitFor({ state: "hidden" });
  await assertAccessible(lea, "un événement après ma désinscription");

  await karim.goto(`${server.baseUrl}/evenements/${eventId}`);
  await heading(karim, TITLE);
  await karim.getByText("Vous êtes inscrit·e.", { exact: true }).waitFor();
  assert.equal(await karim.getByRole("link", { name: /Rejoindre l'événement en ligne/ }).getAttribute("href"), ONLINE_URL);
  await assertAccessible(karim, "un événement où j'ai été promu");
  const view = await api.call("GET", `/api/v1/events/${eventId}`, await api.login(KARIM));
  assert.equal(view.myRegistration.status, "CONFIRMED");
  assert.equal(view.waitlistCount, 0);
});

test("Karim turns on « Mon agenda » in his profile and sees its address once", async () => {
  await karim.goto(`${server.baseUrl}/profil`);
  await heading(karim, "Mon profil");
  await karim.getByRole("button", { name: "Activer mon agenda" }).click();
  const address = karim.getByRole("textbox", { name: "Adresse de votre agenda" });
  await address.waitFor();
  const url = await address.inputValue();
  assert.match(url, /\/api\/v1\/me\/calendar\.ics\?token=/);
  await assertAccessible(karim, "mon agenda activé");
  const feed = await fetch(url);
  assert.equal(feed.status, 200);
  assert.match(await feed.text(), new RegExp(TITLE));
});

test("the animateur cancels the event with a reason; Karim finds it marked cancelled, with the reason", async () => {
  await animateur.goto(`${server.baseUrl}/evenements/${eventId}`);
  await heading(animateur, TITLE);
  await animateur.getByRole("button", { name: "Annuler l'événement" }).click();
  const dialog = animateur.getByRole("dialog", { name: `Annuler « ${TITLE} » ?` });
  await dialog.getByLabel(/Motif de l'annulation/).fill("L'intervenante est malade ; une nouvelle date suivra.");
  await assertAccessible(animateur, "le motif de l'annulation");
  await dialog.getByRole("button", { name: "Annuler l'événement" }).click();
  await animateur.getByText(`« ${TITLE} » est annulé ; les inscrits sont prévenus.`).waitFor();
  await dialog.waitFor({ state: "hidden" });

  await karim.goto(`${server.baseUrl}/evenements`);
  const card = karim.locator(".fr-card", { has: karim.getByRole("heading", { name: TITLE }) });
  await card.getByText("Annulé", { exact: true }).waitFor();
  await assertAccessible(karim, "l'agenda avec un événement annulé");
  await card.getByRole("link", { name: TITLE }).click();
  await karim.getByText("Motif : L'intervenante est malade ; une nouvelle date suivra.").waitFor();
  assert.equal(await karim.getByRole("button", { name: "Me désinscrire" }).count(), 0);
  await assertAccessible(karim, "un événement annulé");
});
