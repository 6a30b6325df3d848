package ua.fakh.core.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import ua.fakh.core.common.NulCharacter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds the first field of a JSON or form body whose name or value holds U+0000. */
final class NulFinder {
    private static final JsonFactory JSON = new JsonFactory();

    private NulFinder() {
    }

    /** The JSON path ({@code course.title}, {@code codes.3}) of the first string with U+0000; malformed JSON is left to the route. */
    static Optional<String> inJson(byte[] body) {
        if (!mayHoldNul(body)) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && NulCharacter.in(parser.getText())) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    return Optional.of(pointer.isEmpty() ? "body" : pointer.substring(1).replace('/', '.'));
                }
            }
        } catch (IOException malformed) {
            // the route answers 400 for a body it cannot read
        }
        return Optional.empty();
    }

    /** The name of the first form field whose name or value decodes to text with U+0000. */
    static Optional<String> inForm(String body) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (NulCharacter.in(name) || NulCharacter.in(value)) {
                return Optional.of(NulCharacter.in(name) ? "body" : name);
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text.contains("%00") ? "\0" : ""; // the route refuses the rest of a malformed form
        }
    }

    /** A raw 0 byte, or the JSON escape of U+0000 (cheap test before parsing). */
    private static boolean mayHoldNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0'
                    && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }
}
