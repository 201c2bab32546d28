package fr.spyrales.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.audit.AuditDtos.AuditEventView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV as a French spreadsheet reads it, without the app. */
class AuditCsvTest {
    @Test
    void aRowReadsInParisTimeWithFrenchWords() {
        UUID subject = UUID.fromString("3f1c0f5e-2b7a-4a43-9d53-1f3b6c2d9a10");
        String csv = AuditCsv.write(List.of(new AuditEventView(
                1,
                OffsetDateTime.parse("2026-07-14T08:30:05Z"),
                AuditCategory.SECURITY,
                "LOGIN",
                "Connexion",
                AuditOutcome.FAILURE,
                null,
                null,
                null,
                null,
                "member",
                subject.toString(),
                subject,
                "Élodie Ménard",
                "192.0.2.10",
                "Mot de passe incorrect")));
        assertTrue(csv.startsWith("\uFEFF" + AuditCsv.HEADER + "\r\n"));
        assertEquals(
                "14/07/2026 10:30:05;sécurité;Connexion;échec;;;;member;" + subject + ";Élodie Ménard;" + subject
                        + ";192.0.2.10;Mot de passe incorrect\r\n",
                csv.substring(csv.indexOf("\r\n") + 2));
    }
}
