package fr.spyrales.common.news;

import java.time.OffsetDateTime;

/**
 * What an announcement of a {@link CommunityNews} says of its subject, given by the feature that owns it: nothing
 * personal, only what any member may see on the platform.
 *
 * @param title the subject's title as members see it
 * @param kind a finer kind the announcement may name (the event's type, e.g. {@code WEBINAR}), or null
 * @param when the moment the announcement names (an event's start, a challenge's closing), or null
 * @param path the page of the subject in the web app, from the root: {@code /evenements/…}
 */
public record NewsHeadline(String title, String kind, OffsetDateTime when, String path) {}
