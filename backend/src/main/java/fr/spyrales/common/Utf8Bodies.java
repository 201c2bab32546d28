package fr.spyrales.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * JSON bodies are UTF-8 (RFC 8259), checked strictly before Jackson reads them: Jackson decodes some invalid
 * sequences instead of refusing them (the overlong C0 AF became a "/" in a saved goal title, a sequence beyond
 * U+10FFFF went through), and reads UTF-16 whatever the request says.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json")) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new ApiException(
                        ProblemType.MALFORMED_REQUEST,
                        "Le corps de la requête n'est pas du texte UTF-8 valide : encodez-le en UTF-8.");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
