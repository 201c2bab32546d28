package fr.spyrales.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail, such as the .ics of an event.
 *
 * @param name the file's name as the recipient sees it (letters, digits, dots, dashes)
 * @param contentType its full media type, parameters included ({@code text/calendar; charset=UTF-8; method=PUBLISH})
 */
public record MailAttachment(String name, String contentType, byte[] content) {
    public MailAttachment {
        Objects.requireNonNull(name);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment a
                && name.equals(a.name)
                && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
