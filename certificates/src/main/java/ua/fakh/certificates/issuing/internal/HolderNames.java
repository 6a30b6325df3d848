package ua.fakh.certificates.issuing.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether what someone typed is the holder's name as printed: the whole name or any one of its words
 * (the surname, usually), ignoring case, extra spaces and which apostrophe was typed (’ ʼ ' are all used).
 */
final class HolderNames {
    private HolderNames() {
    }

    static boolean matches(String holderName, String typed) {
        String wanted = normalise(typed);
        if (wanted.isEmpty()) {
            return false;
        }
        String full = normalise(holderName);
        return full.equals(wanted) || Arrays.asList(full.split(" ")).contains(wanted);
    }

    private static String normalise(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        return text.replaceAll("[’ʼ`‘]", "'").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
