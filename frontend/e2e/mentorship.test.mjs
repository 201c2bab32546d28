// A mentorship from request to end, in a real browser against the packaged app, with two people at once:
// Léa (a newcomer who wants a mentor) asks Claire (who can mentor) from Claire's page;
// Claire is notified and accepts; both see each other's contact details; Léa ticks a goal and logs a session;
// Claire completes the pairing; both give their feedback, then read each other's.
// Then Léa reports a problem: Karim (an animateur, not a party) reads the report but none of the pairing's private
// content, and marks it resolved; Claire, a party although animatrice, never reads it.
// All three are created for this run through the API (the animateurs made so by this server's own administrator),
// so the file expects nothing of the database it finds.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openAnimationPage, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const LEA = person("Léa", "Moreau", suffix, { jobTitle: "Greffière", wantsMentor: true });
const CLAIRE = person("Claire", "Fontaine", suffix, {
  jobTitle: "Statisticienne",
  skills: [{ code: "r", level: 4 }],
  canMentor: true,
  mentorCapacity: 2,
});
const KARIM = person("Karim", "Benali", suffix, { jobTitle: "Chef de projet données" });
const PAIRING_TITLE = `Mentorat de ${LEA.name} avec ${CLAIRE.name}`;

let server;
let browser;
/** One browser context, hence one session, per person. */
let lea;
let claire;
let pairingUrl;

before(async () => {
  // The journey test has the first port; a server of its that is still stopping must not answer here.
  server = await startServer(basePort + 1);
  const api = apiOf(server);
  for (const member of [LEA, CLAIRE, KARIM]) member.id = await api.createMember(member);
  const admin = await api.createAdmin();
  for (const animateur of [CLAIRE, KARIM]) {
    await api.call("PUT", `/api/v1/members/${animateur.id}/roles/animateur`, admin);
  }
  browser = await launchBrowser();
  lea = await openSession(browser, server.baseUrl, LEA);
  claire = await openSession(browser, server.baseUrl, CLAIRE);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("Léa finds Claire in the directory and asks her for mentoring", async () => {
  await assertAccessible(lea, "mes mentorats (vide)");
  await lea.getByRole("link", { name: "Annuaire", exact: true }).first().click();
  await heading(lea, "Annuaire des membres");
  await lea.getByLabel("Rechercher un membre").fill(`claire fontaine-${suffix}`);
  await lea.getByRole("button", { name: "Rechercher" }).click();
  await lea.getByRole("link", { name: CLAIRE.name }).click();
  await heading(lea, CLAIRE.name);
  await assertAccessible(lea, "la fiche de Claire");

  await lea.getByRole("button", { name: "Demander un mentorat" }).click();
  const dialog = lea.getByRole("dialog", { name: `Demander un mentorat à ${CLAIRE.name}` });
  await dialog
    .getByLabel("Votre message")
    .fill("Bonjour Claire, j'exploite les statistiques des tribunaux dans un tableur et voudrais passer à R.");
  await dialog.getByLabel("Objectif 1", { exact: true }).fill("Écrire mon premier script R");
  await dialog.getByRole("button", { name: "Ajouter un objectif" }).click();
  await dialog.getByLabel("Objectif 2", { exact: true }).fill("Produire un graphique avec ggplot2");
  await assertAccessible(lea, "la demande de mentorat");
  await dialog.getByRole("button", { name: "Envoyer ma demande" }).click();

  await heading(lea, PAIRING_TITLE);
  await lea.getByText(`Votre demande de mentorat a été envoyée à ${CLAIRE.name}.`).waitFor();
  await lea.getByText("En attente de réponse").first().waitFor();
  await lea.getByRole("button", { name: "Retirer ma demande" }).waitFor();
  assert.equal(await lea.getByRole("link", { name: CLAIRE.email }).count(), 0, "no contact before the answer");
  pairingUrl = lea.url();
  await assertAccessible(lea, "la demande envoyée");
});

test("Claire sees the request in her pending tab and in her notifications, and accepts it", async () => {
  await claire.reload();
  await heading(claire, "Mes mentorats");
  await claire.getByRole("heading", { name: "1 demande en attente" }).waitFor();
  const card = claire.locator(".fr-card", { has: claire.getByRole("link", { name: LEA.name }) });
  await card.getByText("Vous accompagnez").waitFor();
  await assertAccessible(claire, "les demandes en attente de Claire");

  await claire.getByRole("link", { name: "Notifications (1 non lue)" }).first().click();
  await heading(claire, "Notifications");
  await claire.getByText("1 notification non lue.").waitFor();
  await assertAccessible(claire, "les notifications de Claire");
  await claire.getByRole("link", { name: `${LEA.name} vous demande un mentorat` }).click();
  await heading(claire, PAIRING_TITLE);
  await claire.getByText("0 objectif atteint sur 2").waitFor();
  await claire.getByRole("link", { name: "Notifications", exact: true }).first().waitFor();
  await assertAccessible(claire, "la demande reçue");

  await claire.getByRole("button", { name: "Accepter la demande" }).click();
  await claire.getByText("Vous avez accepté la demande").waitFor();
  await claire.getByRole("link", { name: LEA.email }).waitFor();
  await claire.getByText("En cours", { exact: true }).first().waitFor();
  await assertAccessible(claire, "le mentorat accepté");
});

test("Léa sees the pairing under way with Claire's contact, ticks a goal and logs a session", async () => {
  await lea.goto(pairingUrl);
  await heading(lea, PAIRING_TITLE);
  await lea.getByRole("link", { name: CLAIRE.email }).waitFor();
  await lea.getByText("En cours", { exact: true }).first().waitFor();
  await assertAccessible(lea, "le mentorat en cours");

  // DSFR draws its own boxes: a person clicks the label.
  await lea.getByText("Écrire mon premier script R", { exact: true }).click();
  await lea.getByText("1 objectif atteint sur 2").waitFor();
  assert.equal(await lea.getByRole("checkbox", { name: /^Écrire mon premier script R/ }).isChecked(), true);

  await lea.getByText("Aucune séance notée pour le moment.").waitFor();
  await lea.getByLabel("Durée (en minutes)").fill("90");
  await lea.getByLabel("Sujets abordés").fill("Import des statistiques des tribunaux avec readr");
  await lea.getByRole("button", { name: "Noter la séance" }).click();
  await lea.getByText("1 séance, 1 h 30 au total.").waitFor();
  await lea.getByRole("cell", { name: "Import des statistiques des tribunaux avec readr" }).waitFor();
  await assertAccessible(lea, "l'objectif coché et la séance notée");

  await lea.getByRole("link", { name: "Mes mentorats", exact: true }).first().click();
  await heading(lea, "Mes mentorats");
  await lea.getByRole("tab", { name: "En cours" }).click();
  await lea.getByRole("heading", { name: "1 mentorat en cours" }).waitFor();
  const card = lea.locator(".fr-card", { has: lea.getByRole("link", { name: CLAIRE.name }) });
  await card.getByText("Vous êtes accompagné·e").waitFor();
  await card.getByText("1 objectif atteint sur 2", { exact: false }).waitFor();
  await assertAccessible(lea, "mes mentorats en cours");
});

test("Claire completes the pairing after confirming it, and gives her feedback", async () => {
  await claire.reload();
  await heading(claire, PAIRING_TITLE);
  await claire.getByText("1 séance, 1 h 30 au total.").waitFor();
  await claire.getByRole("button", { name: "Terminer le mentorat" }).click();
  const dialog = claire.getByRole("dialog", { name: "Terminer ce mentorat ?" });
  await dialog.getByLabel("Commentaire (facultatif)").fill("Bravo Léa pour ton premier script !");
  await assertAccessible(claire, "la confirmation de fin");
  await dialog.getByRole("button", { name: "Confirmer la fin du mentorat" }).click();

  await claire.getByText("Le mentorat est terminé.").waitFor();
  const history = claire.getByRole("region", { name: "Historique" });
  await history.getByText("Bravo Léa pour ton premier script !", { exact: false }).waitFor();
  assert.equal(await history.getByRole("listitem").count(), 3, "request, acceptance, completion");
  assert.equal(await claire.getByRole("button", { name: "Noter la séance" }).count(), 0, "no more sessions");

  await claire.getByText(`${LEA.name} n'a pas encore donné son avis.`).waitFor();
  await claire.getByText("5 – Très satisfait·e", { exact: true }).click();
  await claire.getByLabel("Votre commentaire (facultatif)").fill("Léa progresse très vite, un plaisir.");
  await claire.getByRole("button", { name: "Envoyer mon avis" }).click();
  await claire.getByRole("heading", { name: "Votre avis" }).waitFor();
  await assertAccessible(claire, "le mentorat terminé, avis donné");
});

test("Léa finds the pairing among the ended ones, gives her feedback and reads Claire's", async () => {
  await lea.getByRole("tab", { name: "Terminés" }).click();
  await lea.getByRole("heading", { name: "1 mentorat terminé" }).waitFor();
  await lea.getByRole("link", { name: CLAIRE.name }).click();
  await heading(lea, PAIRING_TITLE);
  await lea.getByText("Terminé", { exact: true }).first().waitFor();
  assert.equal(await lea.getByRole("button", { name: "Terminer le mentorat" }).count(), 0, "nothing left to do");
  await lea.getByText(`${CLAIRE.name} a donné son avis : vous le lirez quand vous aurez donné le vôtre`, { exact: false }).waitFor();
  await assertAccessible(lea, "le mentorat terminé, côté Léa");

  await lea.getByText("4 – Satisfait·e", { exact: true }).click();
  await lea.getByLabel("Votre commentaire (facultatif)").fill("Merci Claire, je publie maintenant mes tableaux seule.");
  await lea.getByRole("button", { name: "Envoyer mon avis" }).click();
  await lea.getByRole("heading", { name: `L'avis de ${CLAIRE.name}` }).waitFor();
  await lea.getByText("« Léa progresse très vite, un plaisir. »").waitFor();
  await assertAccessible(lea, "les deux avis, côté Léa");

  await claire.reload();
  await claire.getByRole("heading", { name: `L'avis de ${LEA.name}` }).waitFor();
  await claire.getByText("4 sur 5 – Satisfait·e").waitFor();
  await claire.getByText("« Merci Claire, je publie maintenant mes tableaux seule. »").waitFor();
  await assertAccessible(claire, "les deux avis, côté Claire");
});

const PROBLEM = "Claire me demande de lui envoyer les données nominatives des justiciables : je ne suis pas à l'aise.";

test("Léa reports a problem to the animateurs, without Claire reading it", async () => {
  await lea.goto(pairingUrl);
  await heading(lea, PAIRING_TITLE);
  const section = lea.getByRole("region", { name: "Signaler un problème" });
  await section.getByText("Vous n'avez rien signalé sur ce mentorat.").waitFor();
  await section.getByRole("button", { name: "Signaler un problème" }).click();
  const dialog = lea.getByRole("dialog", { name: "Signaler un problème aux animateurs" });
  await dialog.getByText(`${CLAIRE.name} ne le lira pas`).waitFor();
  await dialog.getByLabel("Décrivez le problème").fill(PROBLEM);
  await assertAccessible(lea, "le signalement d'un problème");
  await dialog.getByRole("button", { name: "Envoyer aux animateurs" }).click();
  await lea.getByText("Votre signalement est transmis aux animateurs.", { exact: false }).waitFor();
  const mine = section.getByRole("article");
  await mine.getByText(PROBLEM).waitFor();
  await mine.getByText("À traiter").waitFor();
  await assertAccessible(lea, "le signalement envoyé");

  // Claire is a party: she is neither told nor shown the report, on the pairing or among the animateurs' reports.
  await claire.goto(pairingUrl);
  await heading(claire, PAIRING_TITLE);
  await claire.getByRole("region", { name: "Signaler un problème" }).getByText("Vous n'avez rien signalé sur ce mentorat.").waitFor();
  assert.equal(await claire.getByText(PROBLEM).count(), 0, "the other party never reads a report");
  await openAnimationPage(claire, "Signalements");
  await heading(claire, "Signalements");
  await claire.getByRole("heading", { level: 2, name: /signalement/ }).waitFor();
  assert.equal(await claire.getByText(PROBLEM).count(), 0, "not even as an animatrice");
});

test("Karim, an animateur, reads the report but not the pairing's content, and marks it resolved", async () => {
  const karim = await openSession(browser, server.baseUrl, KARIM);
  await karim
    .getByRole("link", { name: /^Notifications \(\d+ non lues?\)$/ })
    .first()
    .click();
  await heading(karim, "Notifications");
  await karim.getByRole("link", { name: `${LEA.name} a signalé un problème sur son mentorat` }).click();
  await heading(karim, PAIRING_TITLE);
  await karim.getByText("Le contenu d'un binôme est privé.").waitFor();
  await karim.getByText("Vous suivez ce binôme en tant qu'animateur·rice").waitFor();
  await karim.getByText("Objectifs : 1 objectif atteint sur 2.").waitFor();
  const reports = karim.getByRole("region", { name: "Signalements" });
  await reports.getByText(PROBLEM).waitFor();
  await reports.getByText(`Par ${LEA.name}, personne accompagnée`, { exact: false }).waitFor();
  for (const secret of [
    "Import des statistiques des tribunaux avec readr",
    "Bravo Léa pour ton premier script !",
    "j'exploite les statistiques des tribunaux",
    "Léa progresse très vite, un plaisir.",
    CLAIRE.email,
  ]) {
    assert.equal(await karim.getByText(secret, { exact: false }).count(), 0, `an animateur does not read « ${secret} »`);
  }
  assert.equal(await karim.getByRole("heading", { name: "Séances" }).count(), 0);
  await assertAccessible(karim, "le binôme vu par un animateur");

  await openAnimationPage(karim, "Signalements");
  await heading(karim, "Signalements");
  await karim.getByRole("heading", { level: 2, name: "1 signalement à traiter" }).waitFor();
  await karim.getByRole("link", { name: PAIRING_TITLE }).waitFor();
  await assertAccessible(karim, "les signalements à traiter");
  await karim.getByRole("button", { name: /^Marquer comme traité/ }).click();
  const dialog = karim.getByRole("dialog", { name: "Marquer le signalement comme traité" });
  await dialog
    .getByLabel(/Note pour la personne qui a signalé le problème/)
    .fill("Nous avons rappelé à Claire les règles de confidentialité.");
  await assertAccessible(karim, "le traitement d'un signalement");
  await dialog.getByRole("button", { name: "Marquer comme traité" }).click();
  await karim.getByText(`Le signalement de ${LEA.name} est marqué comme traité.`).waitFor();
  await karim.getByRole("heading", { level: 2, name: "Aucun signalement à traiter" }).waitFor();
  await assertAccessible(karim, "plus aucun signalement à traiter");
  await karim.context().close();

  await lea.reload();
  const mine = lea.getByRole("region", { name: "Signaler un problème" }).getByRole("article");
  await mine.getByText("Traité", { exact: true }).waitFor();
  await mine.getByText("« Nous avons rappelé à Claire les règles de confidentialité. »", { exact: false }).waitFor();
  await lea
    .getByRole("link", { name: /^Notifications \(\d+ non lues?\)$/ })
    .first()
    .click();
  await lea.getByRole("link", { name: "Votre signalement a été traité" }).waitFor();
});
