package fr.spyrales.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * For every test class of the Quarkus application: when a REST Assured check fails, the request and the
 * response are printed, so that a failure in the build log says what was sent and what came back.
 * Registered in {@code META-INF/services}, so no test class has to remember it.
 */
public class RestAssuredLogging implements QuarkusTestBeforeClassCallback {
    @Override
    public void beforeClass(Class<?> testClass) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
