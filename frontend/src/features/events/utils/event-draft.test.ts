import { describe, expect, it } from "vitest";
import { eventFixture } from "../test/event-fixtures";
import { checkEventDraft, EMPTY_EVENT_DRAFT, eventDraftOf, toEventCreate, toEventUpdate, type EventDraft } from "./event-draft";

const FILLED: EventDraft = {
  ...EMPTY_EVENT_DRAFT,
  title: "Les cartes avec R",
  type: "WORKSHOP",
  startsAt: "2027-07-01",
  startsAtTime: "09:30",
  endsAt: "2027-07-01",
  endsAtTime: "12:00",
  place: "Insee, Montrouge",
  language: "R",
};

describe("the event draft", () => {
  it("accepts a complete draft and makes the body with Paris offsets, leaving the empty options out", () => {
    expect(checkEventDraft(FILLED)).toEqual({});
    expect(toEventCreate(FILLED)).toEqual({
      title: "Les cartes avec R",
      description: "",
      type: "WORKSHOP",
      startsAt: "2027-07-01T09:30:00+02:00",
      endsAt: "2027-07-01T12:00:00+02:00",
      place: "Insee, Montrouge",
      language: "R",
      topics: [],
      speakers: [],
    });
  });

  it("refuses an end before the start, an event longer than three days, a bad capacity and links without https", () => {
    expect(checkEventDraft({ ...FILLED, endsAtTime: "09:00" }).endsAt).toBe("La fin doit venir après le début.");
    expect(checkEventDraft({ ...FILLED, endsAt: "2027-07-05" }).endsAt).toBe("Un événement dure au plus trois jours.");
    expect(checkEventDraft({ ...FILLED, capacity: "0" }).capacity).toMatch(/entre 1 et 10 000/);
    expect(checkEventDraft({ ...FILLED, capacity: "2,5" }).capacity).toMatch(/entre 1 et 10 000/);
    expect(checkEventDraft({ ...FILLED, onlineUrl: "http://visio.example" }).onlineUrl).toMatch(/https/);
    expect(checkEventDraft({ ...FILLED, speakers: [{ name: " " }] }).speakers).toMatch(/nom de chaque intervenant/);
  });

  it("reads an event back at Paris time, and patches nothing when nothing changed", () => {
    const draft = eventDraftOf(eventFixture({ onlineUrl: "https://webinaire.numerique.gouv.fr/tidy" }));
    expect(draft).toMatchObject({ startsAt: "2027-01-12", startsAtTime: "14:00", endsAtTime: "15:30", capacity: "10", level: "BEGINNER" });
    expect(draft.speakers).toEqual([{ memberId: "m-claire", name: "Claire Fontaine" }, { name: "Hadley Wickham" }]);
    expect(toEventUpdate(draft, draft)).toEqual({});
    expect(toEventUpdate(draft, { ...draft, level: "", place: "Paris", speakers: [draft.speakers[1]] })).toEqual({
      level: null,
      place: "Paris",
      speakers: [{ name: "Hadley Wickham" }],
    });
  });

  it("links a project and a path by their ids, and unlinks them with null", () => {
    const linked = { ...FILLED, project: { id: "p-cartes", title: "Cartes" }, path: { id: "pa-r", title: "Débuter en R" } };
    expect(toEventCreate(linked)).toMatchObject({ projectId: "p-cartes", pathId: "pa-r" });
    expect(toEventUpdate(linked, { ...linked, project: null })).toEqual({ projectId: null });
  });
});
