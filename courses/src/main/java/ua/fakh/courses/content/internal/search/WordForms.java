package ua.fakh.courses.content.internal.search;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dictionary forms of a text's words, so that "насильству" and "насильство" meet: Ukrainian words
 * become their lemmas (Lucene's morfologik analyzer with the {@code ua.net.nlp} dictionary), Latin
 * ones their English stems (Porter). Stop words give nothing. Thread-safe: Lucene analyzers keep
 * their token streams per thread. The same analysis runs when indexing and when querying, so the
 * two sides always agree; change it and bump {@link #VERSION} so stored terms are rebuilt.
 */
@Singleton
public class WordForms {
    /** Stored with each course's terms: a course analysed by an older version is analysed again at start-up. */
    public static final int VERSION = 1;
    static final int MAX_TERM_LENGTH = 100;

    // a word: letters, digits and the apostrophes that sit inside Ukrainian words (сім'я, сімʼя, сім’я)
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{M}]+(?:['’ʼ`][\\p{L}\\p{M}]+)*");
    private static final String LATIN_LOOKALIKES = "aceiopxykmthbABCEHIKMOPTXY";
    private static final String CYRILLIC_LOOKALIKES = "асеіорхукмтнвАВСЕНІКМОРТХУ";

    private final Analyzer ukrainian = new UkrainianMorfologikAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

    /** Each word of {@code text} that carries meaning, as the set of its dictionary forms, in order. */
    public List<Set<String>> words(String text) {
        List<Set<String>> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        var matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (matcher.find()) {
            Set<String> forms = forms(matcher.group());
            if (!forms.isEmpty()) {
                words.add(forms);
            }
        }
        return words;
    }

    /** All dictionary forms of all words of {@code text}. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        words(text).forEach(terms::addAll);
        return terms;
    }

    private Set<String> forms(String rawWord) {
        String word = script(rawWord.replace('’', '\'').replace('ʼ', '\'').replace('`', '\''));
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        Set<String> forms = new LinkedHashSet<>();
        for (String form : analyse(cyrillic ? ukrainian : english, word)) {
            String lower = form.toLowerCase(Locale.ROOT);
            forms.add(lower.length() > MAX_TERM_LENGTH ? lower.substring(0, MAX_TERM_LENGTH) : lower);
        }
        return forms;
    }

    /**
     * One script per word: a Cyrillic word typed with a Latin "а" or "і" on a mixed keyboard (and the
     * other way round) is read in the script most of its letters are in.
     */
    static String script(String word) {
        long cyrillic = word.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = word.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (cyrillic == 0 || latin == 0) {
            return word;
        }
        String from = cyrillic >= latin ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String to = cyrillic >= latin ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        StringBuilder sb = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int i = from.indexOf(c);
            sb.append(i < 0 ? c : to.charAt(i));
        }
        return sb.toString();
    }

    private static List<String> analyse(Analyzer analyzer, String word) {
        List<String> forms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                forms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return forms;
    }
}
