import type { EventPage, EventSummary, EventView, MyRegistration, Registrant } from "../../../lib/api/types";

/** A webinar on the tidyverse, planned on Tuesday 12 January 2027 at 14:00 in Paris, with 10 seats of which 3 are left. */
export function eventFixture(overrides: Partial<EventView> = {}): EventView {
  return {
    id: "e-tidy",
    title: "Débuter avec le tidyverse",
    type: "WEBINAR",
    status: "PLANNED",
    startsAt: "2027-01-12T14:00:00+01:00",
    endsAt: "2027-01-12T15:30:00+01:00",
    online: true,
    capacity: 10,
    confirmedCount: 7,
    seatsLeft: 3,
    waitlistCount: 0,
    level: "BEGINNER",
    language: "R",
    topics: ["r"],
    speakers: [{ memberId: "m-claire", name: "Claire Fontaine" }, { name: "Hadley Wickham" }],
    hasReplay: false,
    description: "Les **bases** de dplyr et ggplot2.",
    descriptionHtml: "<p>Les <strong>bases</strong> de dplyr et ggplot2.</p>\n",
    canEdit: false,
    registrationOpen: true,
    createdAt: "2026-11-20T10:00:00+01:00",
    updatedAt: "2026-11-20T10:00:00+01:00",
    ...overrides,
  };
}

export function eventSummaryFixture(overrides: Partial<EventSummary> = {}): EventSummary {
  const {
    id,
    title,
    type,
    status,
    startsAt,
    endsAt,
    place,
    online,
    capacity,
    confirmedCount,
    seatsLeft,
    waitlistCount,
    level,
    language,
    topics,
    speakers,
    hasReplay,
    myStatus,
  } = eventFixture();
  return {
    id,
    title,
    type,
    status,
    startsAt,
    endsAt,
    place,
    online,
    capacity,
    confirmedCount,
    seatsLeft,
    waitlistCount,
    level,
    language,
    topics,
    speakers,
    hasReplay,
    myStatus,
    ...overrides,
  };
}

export function registrationFixture(overrides: Partial<MyRegistration> = {}): MyRegistration {
  return { status: "CONFIRMED", registeredAt: "2026-12-01T09:05:00+01:00", attended: false, ...overrides };
}

export function registrantFixture(overrides: Partial<Registrant> = {}): Registrant {
  return {
    memberId: "m-lea",
    displayName: "Léa Moreau",
    organization: "Insee",
    status: "CONFIRMED",
    registeredAt: "2026-12-01T09:05:00+01:00",
    attended: false,
    ...overrides,
  };
}

export function pageOf<Item>(items: Item[], total = items.length, page = 0, size = 12) {
  return { items, page, size, total, totalExact: true, next: null };
}

export function eventPage(items: EventSummary[], total = items.length): EventPage {
  return pageOf(items, total);
}
