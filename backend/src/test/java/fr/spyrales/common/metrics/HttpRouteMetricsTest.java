package fr.spyrales.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HttpRouteMetricsTest {
    private static final String ROOT = "/api/v1";

    @Test
    void aRestOperationIsNamedByItsTemplateUnderTheRestRoot() {
        assertEquals(
                "/api/v1/members/{id}", HttpRouteMetrics.route(ROOT, "/members/{id}", "/api/v1/members/3f2b8c1e", 200));
        assertEquals("/api/v1/members/{id}", HttpRouteMetrics.route(ROOT, "/members/{id}", "/api/v1/members/x", 404));
        assertEquals(
                "/api/v1/members/{id}", HttpRouteMetrics.route(ROOT, "/api/v1/members/{id}", "/api/v1/members/x", 200));
    }

    @Test
    void answersOutsideTheRestLayerAreNamedByAreaNeverByRawPath() {
        assertEquals(
                "/api/{unmatched}", HttpRouteMetrics.route(ROOT, null, "/api/v1/mentorships/3f2b8c1e-6a4d/pause", 413));
        assertEquals("/assets/{file}", HttpRouteMetrics.route(ROOT, null, "/assets/index-Bx81kQ.js", 200));
        assertEquals("/{page}", HttpRouteMetrics.route(ROOT, null, "/membres/3f2b8c1e-6a4d", 200));
        assertEquals("/{page}", HttpRouteMetrics.route(ROOT, null, "/", 200));
    }

    @Test
    void quarkusKeepsItsOwnNamesForNotFoundRedirectionsAndItsEndpoints() {
        assertNull(HttpRouteMetrics.route(ROOT, null, "/api/v1/nothing/42", 404));
        assertNull(HttpRouteMetrics.route(ROOT, null, "/old", 302));
        assertNull(HttpRouteMetrics.route(ROOT, null, "/q/health/ready", 200));
    }
}
