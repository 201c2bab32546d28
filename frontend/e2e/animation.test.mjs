// The animateurs' console in a real browser: a pairing under way for weeks without a session (prepared through the
// API, then moved back in time in this server's database) waits in « Mentorats sans séance »; an animateur finds it
// from the « Animation » menu, reminds both people and reads « Relancé le … par … » on its line. The console, the list
// of all pairings and the administrators' « Membres » page are checked with axe. An animateur also gives a request left
// unanswered to another mentor, and closes another stalled pairing, from the console. Léa reports Claire's project from
// its page, and the animateur archives it from « Projets signalés ». Everyone is created for this run.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { assertAccessible, heading, launchBrowser, openAnimationPage, openSession } from "./browser.mjs";
import { apiOf, person, runSuffix } from "./people.mjs";
import { basePort, startServer } from "./server.mjs";

const suffix = runSuffix();
const LEA = person("Léa", "Moreau", suffix, { wantsMentor: true });
const CLAIRE = person("Claire", "Fontaine", suffix, { canMentor: true, mentorCapacity: 2, skills: [{ code: "r", level: 4 }] });
const KARIM = person("Karim", "Benali", suffix);
const REQUEST_MESSAGE = `Pouvez-vous m'aider à débuter en R ? (${suffix})`;
const PROJECT_TITLE = `Registre des arbres remarquables ${suffix}`;

let server;
let browser;
let karim;
let admin;
let pairingId;
let projectId;
let ADMIN;

before(async () => {
  // The other files have the ports before this one: a server of theirs still stopping must not answer here.
  server = await startServer(basePort + 18);
  const api = apiOf(server);
  for (const member of [LEA, CLAIRE, KARIM]) member.id = await api.createMember(member);
  ADMIN = { ...person("Alex", "Admin", suffix), email: server.adminEmail };
  await api.createMember(ADMIN);
  const adminToken = await api.login(ADMIN);
  await api.call("PUT", `/api/v1/members/${KARIM.id}/roles/animateur`, adminToken);

  const lea = await api.login(LEA);
  const claire = await api.login(CLAIRE);
  const request = await api.call("POST", "/api/v1/mentorships", lea, {
    mentorId: CLAIRE.id,
    message: REQUEST_MESSAGE,
    goals: ["Écrire mon premier script R"],
  });
  pairingId = request.id;
  await api.call("POST", `/api/v1/mentorships/${pairingId}/accept`, claire);
  // Under way for ten weeks, without a session: stalled.
  server.sql(
    `UPDATE mentorship SET started_at = now() - interval '10 weeks', requested_at = now() - interval '11 weeks' WHERE id = '${pairingId}'`,
  );

  const project = await api.call("POST", "/api/v1/projects", claire, {
    title: PROJECT_TITLE,
    summary: "Un inventaire des arbres remarquables de la commune.",
    languages: "PYTHON",
    openDataAttestation: true,
  });
  projectId = project.id;

  browser = await launchBrowser();
  karim = await openSession(browser, server.baseUrl, KARIM);
  admin = await openSession(browser, server.baseUrl, ADMIN);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("an animateur finds a stalled pairing in the console and reminds both people", async () => {
  await openAnimationPage(karim, "Console d'animation");
  await heading(karim, "Console d'animation");
  const queue = karim.getByRole("region", { name: /Mentorats sans séance depuis plus de 4 semaines/ });
  const line = queue.getByRole("row").filter({ hasText: LEA.name });
  await line.waitFor();
  assert.match(await line.textContent(), new RegExp(CLAIRE.name));
  assert.ok(!(await karim.content()).includes(REQUEST_MESSAGE), "the console never shows the request's message");
  assert.ok(!(await karim.content()).includes("premier script"), "nor the goals");
  await assertAccessible(karim, "la console d'animation");

  await line.getByRole("button", { name: `Relancer les deux : ${LEA.name} avec ${CLAIRE.name}` }).click();
  await queue.getByText("2 personnes prévenues par notification et par e-mail.").waitFor();
  await line.getByText(new RegExp(`^Relancé le .+ par ${KARIM.name} \\(les deux\\)$`)).waitFor();
  await assertAccessible(karim, "la console après une relance");

  await line.getByRole("button", { name: `Relancer les deux : ${LEA.name} avec ${CLAIRE.name}` }).click();
  await queue.getByText(/il y a moins de 7 jours/).waitFor();
});

test("the list of all pairings filters them and is accessible", async () => {
  await openAnimationPage(karim, "Tous les mentorats");
  await heading(karim, "Tous les mentorats");
  await karim.getByLabel("État").selectOption("ACCEPTED");
  await karim.getByRole("button", { name: "Filtrer" }).click();
  await karim.getByRole("row").filter({ hasText: LEA.name }).waitFor();
  await assertAccessible(karim, "la liste des mentorats");
});

test("an administrator finds an account on « Membres »", async () => {
  await openAnimationPage(admin, "Membres");
  await heading(admin, "Membres");
  await admin.getByRole("searchbox", { name: "Nom ou adresse e-mail" }).fill(KARIM.email);
  await admin.getByRole("button", { name: "Rechercher" }).click();
  await admin.getByRole("table", { name: "1 compte" }).waitFor();
  await admin.getByRole("button", { name: `Retirer le rôle d'animateur : ${KARIM.name}` }).waitFor();
  await assertAccessible(admin, "la page des membres");
});

test("an administrator reads in the audit log the animateur role he granted", async () => {
  await openAnimationPage(admin, "Journal d'audit");
  await heading(admin, "Journal d'audit");
  const granted = admin.getByRole("row").filter({ hasText: "Rôle attribué" }).filter({ hasText: KARIM.name });
  await granted.first().waitFor();
  assert.match(await granted.first().innerText(), new RegExp(ADMIN.name));
  await assertAccessible(admin, "le journal d'audit");
});

test("a member reads the activity of his account on his profile", async () => {
  await karim.goto(`${server.baseUrl}/profil`);
  await karim.getByRole("heading", { level: 2, name: "Activité de mon compte" }).waitFor();
  const activity = karim.getByRole("table", { name: "Activité récente de mon compte" });
  await activity.getByRole("row").filter({ hasText: "Connexion" }).first().waitFor();
  await assertAccessible(karim, "le profil et l'activité du compte");
});

test("an animateur gives an unanswered request to another mentor, then closes a stalled pairing", async () => {
  const api = apiOf(server);
  const marc = person("Marc", "Lenoir", suffix, { wantsMentor: true });
  const nina = person("Nina", "Roux", suffix, { wantsMentor: true });
  const zoe = person("Zoé", "Relais", suffix, { canMentor: true, mentorCapacity: 1 });
  const hugo = person("Hugo", "Bernard", suffix, { canMentor: true, mentorCapacity: 1 });
  for (const member of [marc, nina, zoe, hugo]) member.id = await api.createMember(member);
  const unanswered = await api.call("POST", "/api/v1/mentorships", await api.login(marc), {
    mentorId: CLAIRE.id,
    message: REQUEST_MESSAGE,
    goals: ["Écrire mon premier script R"],
  });
  // Waiting for 13 days: in « Demandes sans réponse » (from 7 days), not yet expired (at 14).
  server.sql(`UPDATE mentorship SET requested_at = now() - interval '13 days' WHERE id = '${unanswered.id}'`);
  const stalled = await api.call("POST", "/api/v1/mentorships", await api.login(nina), {
    mentorId: hugo.id,
    message: REQUEST_MESSAGE,
    goals: ["Publier un tableau de bord"],
  });
  await api.call("POST", `/api/v1/mentorships/${stalled.id}/accept`, await api.login(hugo));
  server.sql(
    `UPDATE mentorship SET started_at = now() - interval '12 weeks', requested_at = now() - interval '13 weeks' WHERE id = '${stalled.id}'`,
  );

  await openAnimationPage(karim, "Console d'animation");
  await heading(karim, "Console d'animation");
  const pending = karim.getByRole("region", { name: /Demandes sans réponse depuis plus de/ });
  await pending.getByRole("button", { name: `Réattribuer : ${marc.name} avec ${CLAIRE.name}` }).click();
  const reassign = karim.getByRole("dialog", { name: `Confier la demande de ${marc.name} à un autre mentor ?` });
  await reassign.getByRole("searchbox", { name: /Chercher un mentor/ }).fill(zoe.lastName);
  await reassign.getByRole("button", { name: "Chercher" }).click();
  await reassign.locator("label").filter({ hasText: zoe.name }).click();
  await reassign.getByLabel(/Message aux deux personnes/).fill("Claire n'est plus disponible : Zoé prend votre demande.");
  await assertAccessible(karim, "la fenêtre de réattribution");
  await reassign.getByRole("button", { name: "Réattribuer" }).click();
  await pending.getByText(`La demande de ${marc.name} est confiée à ${zoe.name}, qui doit maintenant y répondre.`).waitFor();
  assert.equal(await pending.getByRole("row").filter({ hasText: marc.name }).count(), 0, "the request left the queue");
  assert.ok(!(await karim.content()).includes(REQUEST_MESSAGE), "the console never shows the request's message");

  const stalledQueue = karim.getByRole("region", { name: /Mentorats sans séance depuis plus de/ });
  await stalledQueue.getByRole("button", { name: `Clore : ${nina.name} avec ${hugo.name}` }).click();
  const closing = karim.getByRole("dialog", { name: `Clore le mentorat de ${nina.name} avec ${hugo.name} ?` });
  await closing.getByLabel(/Message aux deux personnes/).fill("Sans nouvelles depuis trois mois, nous clôturons ce mentorat.");
  await closing.getByRole("button", { name: "Clore" }).click();
  await stalledQueue
    .getByText(`Le mentorat de ${nina.name} avec ${hugo.name} est clos : les deux personnes ont reçu votre message.`)
    .waitFor();
  assert.equal(await stalledQueue.getByRole("row").filter({ hasText: nina.name }).count(), 0, "the pairing left the queue");
  await assertAccessible(karim, "la console après une réattribution et une clôture");

  // Zoé has the request, with Marc's own words, which the console never showed.
  const request = await api.call("GET", "/api/v1/mentorships?role=MENTOR&status=PENDING", await api.login(zoe));
  assert.equal(request.items.length, 1);
  assert.equal(request.items[0].counterpart.id, marc.id);
  assert.equal(request.items[0].proposedByProgramme, true);
});

test("a member reports a project, and an animateur archives it from « Projets signalés »", async () => {
  const lea = await openSession(browser, server.baseUrl, LEA);
  await lea.goto(`${server.baseUrl}/projets/${projectId}`);
  await heading(lea, PROJECT_TITLE);
  await lea.getByRole("button", { name: "Signaler ce projet" }).click();
  const form = lea.getByRole("dialog", { name: "Signaler ce projet aux animateurs" });
  await form.getByText("Données non ouvertes ou confidentielles").click();
  await form.getByLabel(/Commentaire/).fill("Le dépôt publie un fichier nominatif.");
  await form.getByRole("button", { name: "Envoyer le signalement" }).click();
  await lea.getByText("Votre signalement est transmis aux animateurs. Vous serez prévenu·e de leur décision.").waitFor();
  await assertAccessible(lea, "la page d'un projet signalé");

  // The previous scenario left Karim on the console: a click on its own link would keep the page and its data.
  await karim.goto(`${server.baseUrl}/animation`);
  await heading(karim, "Console d'animation");
  const queue = karim.getByRole("region", { name: /Projets signalés/ });
  const line = queue.getByRole("row").filter({ hasText: PROJECT_TITLE });
  await line.getByText("Le dépôt publie un fichier nominatif.").waitFor();
  assert.match(await line.textContent(), new RegExp(LEA.name));
  await assertAccessible(karim, "la console avec un projet signalé");

  await line.getByRole("button", { name: `Archiver le projet : ${PROJECT_TITLE}` }).click();
  const decision = karim.getByRole("dialog", { name: `Archiver « ${PROJECT_TITLE} » ?` });
  await decision.getByLabel(/Note pour l'auteur/).fill("Données nominatives publiées : projet archivé.");
  await decision.getByRole("button", { name: "Archiver le projet" }).click();
  await queue.getByText(/est archivé ; 1 signalement clos/).waitFor();
  await assertAccessible(karim, "la console après l'archivage d'un projet signalé");

  await lea.goto(`${server.baseUrl}/projets/${projectId}`);
  await lea.getByText("Archivé").first().waitFor();
});
