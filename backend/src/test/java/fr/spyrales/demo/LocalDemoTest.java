package fr.spyrales.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the demo community may exist: the decision on its own, as the start applies it. */
class LocalDemoTest {
    @ParameterizedTest(name = "demo asked {0}, demo accounts present {1}, public URL {2}: start {3}")
    @CsvSource({
        // asked, present, public URL,                       start?
        "true,  false, http://localhost:8080,                 starts",
        "true,  true,  http://localhost:5173/,                starts",
        "true,  false, http://LOCALHOST:8080,                 starts",
        "true,  false, http://127.0.0.1:8080,                 starts",
        "true,  false, http://127.10.0.1,                     starts",
        "true,  false, https://[::1]:8443,                    starts",
        "false, true,  http://localhost:8080,                 starts",
        "false, false, https://spyrales.fr,                   starts",
        "true,  false, https://spyrales.fr,                   refused",
        "true,  false, https://demo.spyrales.fr,              refused",
        "true,  false, http://localhost.spyrales.fr,          refused",
        "true,  false, http://localhost@spyrales.fr,          refused",
        "true,  false, http://0.0.0.0:8080,                   refused",
        "true,  false, http://10.0.0.12:8080,                 refused",
        "true,  false, http://128.0.0.1,                      refused",
        "true,  false, http://127.0.0.256,                    refused",
        "true,  false, ftp://localhost,                       refused",
        "true,  false, localhost:8080,                        refused",
        "true,  false, http://local host,                     refused",
        "false, true,  https://spyrales.fr,                   refused",
    })
    void theDemoStartsOnlyInALocalTrial(boolean asked, boolean present, String publicUrl, String expected) {
        Optional<String> refusal = LocalDemo.refusal(asked, present, publicUrl);
        assertEquals(expected, refusal.isPresent() ? "refused" : "starts", refusal.orElse(""));
        refusal.ifPresent(
                reason -> assertTrue(reason.contains(publicUrl), "the log names the URL at fault: " + reason));
    }
}
