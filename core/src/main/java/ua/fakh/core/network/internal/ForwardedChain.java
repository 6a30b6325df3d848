package ua.fakh.core.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses a request passed through, left (the original client) to right (the last proxy), as
 * written in {@code X-Forwarded-For} or in the {@code for} parameters of RFC 7239 {@code Forwarded}.
 * An element without a readable {@code for} is kept as an empty string, so the walk stops there.
 */
final class ForwardedChain {
    private ForwardedChain() {
    }

    /** {@code X-Forwarded-For: 203.0.113.7, 10.0.0.2}; several header lines continue one another. */
    static List<String> ofXForwardedFor(List<String> headerLines) {
        List<String> nodes = new ArrayList<>();
        for (String line : headerLines) {
            for (String node : line.split(",")) {
                nodes.add(unquote(node.strip()));
            }
        }
        return nodes;
    }

    /** {@code Forwarded: for=192.0.2.60;proto=http, for="[2001:db8:cafe::17]:4711"}. */
    static List<String> ofForwarded(List<String> headerLines) {
        List<String> nodes = new ArrayList<>();
        for (String line : headerLines) {
            for (String element : splitOutsideQuotes(line, ',')) {
                String forNode = "";
                for (String pair : splitOutsideQuotes(element, ';')) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
                        forNode = unquote(pair.substring(eq + 1).strip());
                    }
                }
                nodes.add(forNode);
            }
        }
        return nodes;
    }

    /** Splits at {@code separator} except inside a quoted string (where {@code \} escapes one character). */
    static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** {@code "[2001:db8::1]:4711"} → {@code [2001:db8::1]:4711}; a token stays as it is. */
    static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }
}
