package fr.spyrales.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    private static final String TOKEN = "syt_Ym90_aBcDeFgHiJkLmNoPqRsT_0a1b2c";

    private static SecretBox box() {
        return new SecretBox(Base64.getDecoder().decode(SecretBox.newEncodedKey()));
    }

    @Test
    void aSealedSecretOpensBackAndDoesNotShowInTheSealedValue() {
        SecretBox box = box();
        String sealed = box.seal(TOKEN);
        assertFalse(sealed.contains(TOKEN));
        assertEquals(TOKEN, box.open(sealed));
        assertEquals("é€ — 🔑", box.open(box.seal("é€ — 🔑")));
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        SecretBox box = box();
        assertNotEquals(box.seal(TOKEN), box.seal(TOKEN));
    }

    @Test
    void anAlteredValueIsRefused() {
        SecretBox box = box();
        String sealed = box.seal(TOKEN);
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        for (int i : new int[] {0, 14, bytes.length - 1}) {
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThrows(SecretBox.TamperedSecretException.class, () -> box.open(tampered), "byte " + i);
        }
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open(sealed.substring(0, 20)));
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open("v1.%%%"));
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open(TOKEN));
    }

    @Test
    void anotherKeyOrAnotherRowCannotOpenIt() {
        SecretBox box = box();
        assertThrows(SecretBox.TamperedSecretException.class, () -> box().open(box.seal(TOKEN)));
        String boundToRow = box.seal(TOKEN, "tchap_room:1");
        assertEquals(TOKEN, box.open(boundToRow, "tchap_room:1"));
        assertThrows(SecretBox.TamperedSecretException.class, () -> box.open(boundToRow, "tchap_room:2"));
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceInTheKeyDirectory(@TempDir Path dir) throws Exception {
        SecretBox first = new SecretBox(Optional.empty(), dir.toString(), true);
        String sealed = first.seal(TOKEN);
        assertEquals(TOKEN, new SecretBox(Optional.empty(), dir.toString(), true).open(sealed));
        assertEquals(44, Files.readString(dir.resolve("secrets.key")).strip().length());

        String configured = SecretBox.newEncodedKey();
        SecretBox fromEnvironment = new SecretBox(Optional.of(configured), dir.toString(), false);
        assertEquals(TOKEN, new SecretBox(Base64.getDecoder().decode(configured)).open(fromEnvironment.seal(TOKEN)));
    }

    @Test
    void aMissingKeyStopsTheStartWhenGenerationIsOff(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> new SecretBox(Optional.empty(), dir.toString(), false));
        assertThrows(IllegalStateException.class, () -> new SecretBox(Optional.of("dHJvcCBjb3VydA=="), "", true));
    }
}
