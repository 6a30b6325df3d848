package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of e-mail addresses as trainers paste it: separated by commas, semicolons, tabs, new lines
 * or spaces, each address bare or as {@code Name <email>} / {@code "Surname, Name" <email>}. Every
 * piece of text becomes an {@link Entry}: an address, or the text with the reason it is none, so
 * nothing is dropped unseen. Jakarta Mail's {@link InternetAddress} judges each address (RFC 822);
 * the splitting is ours because its parser stops at the first bad address and knows no ';'.
 */
final class AddressList {
    static final String NOT_AN_ADDRESS = "problem.enrol.notAnAddress";

    /** One address ({@code address} set) or one piece of text that is none ({@code problem} set); {@code line} from 1. */
    record Entry(int line, String value, @Nullable String address, @Nullable String problem) {
    }

    private AddressList() {
    }

    static List<Entry> parse(String text) {
        return parse(text, 1);
    }

    /** As {@link #parse(String)} for text that starts on line {@code firstLine} of a larger file. */
    static List<Entry> parse(String text, int firstLine) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        int line = firstLine;
        int chunkLine = firstLine;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean separator = !quoted && !angled && (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '\t');
            if (separator) {
                addChunk(chunk.toString(), chunkLine, entries);
                chunk.setLength(0);
                continue;
            }
            if (chunk.toString().isBlank()) {
                chunkLine = line;
            }
            if (c == '"' && !angled) {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                angled = true;
            } else if (c == '>' && !quoted) {
                angled = false;
            }
            chunk.append(c);
        }
        addChunk(chunk.toString(), chunkLine, entries);
        return entries;
    }

    /** A piece between separators: {@code Name <email>}, or words of which those with '@' are addresses. */
    private static void addChunk(String raw, int line, List<Entry> entries) {
        String chunk = raw.strip();
        if (chunk.isEmpty()) {
            return;
        }
        if (chunk.indexOf('<') >= 0 || chunk.startsWith("\"")) {
            int end = closingBracket(chunk);
            entries.add(nameAddress(chunk.substring(0, end), line));
            addChunk(chunk.substring(end), line, entries); // "Name <a@x> b@y": what follows is an entry of its own
            return;
        }
        String[] words = chunk.split("\\s+");
        boolean any = false;
        for (String word : words) {
            if (word.indexOf('@') >= 0) {
                entries.add(bare(word, line));
                any = true;
            }
        }
        if (!any) {
            // words without any address: a name or a broken address, reported rather than guessed at
            entries.add(new Entry(line, chunk, null, NOT_AN_ADDRESS));
        }
    }

    /** Where {@code Name <address>} ends: after the first '>' outside quotes, else the whole text. */
    private static int closingBracket(String chunk) {
        boolean quoted = false;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i + 1;
            }
        }
        return chunk.length();
    }

    private static Entry nameAddress(String chunk, int line) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(chunk, true);
            if (parsed.length == 1) {
                parsed[0].validate();
                return new Entry(line, chunk, parsed[0].getAddress(), null);
            }
        } catch (AddressException invalid) {
            // reported below
        }
        return new Entry(line, chunk, null, NOT_AN_ADDRESS);
    }

    private static Entry bare(String word, int line) {
        try {
            InternetAddress address = new InternetAddress(word, true);
            address.validate();
            return new Entry(line, word, address.getAddress(), null);
        } catch (AddressException invalid) {
            return new Entry(line, word, null, NOT_AN_ADDRESS);
        }
    }
}
