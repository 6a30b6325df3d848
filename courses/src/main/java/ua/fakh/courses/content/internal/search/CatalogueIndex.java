package ua.fakh.courses.content.internal.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The catalogue's search index, kept in the database beside the courses so every node reads the same
 * one: per published course the dictionary forms ({@link WordForms}) of its title, tags, outcomes,
 * trainers and description, each with the weight of the best field it occurs in. Callers write a
 * course's entry in the transaction that publishes it or changes its trainers.
 */
@Singleton
public class CatalogueIndex {
    /** A longer query is cut here: enough for any sentence a person types, and the SQL stays small. */
    static final int MAX_QUERY_WORDS = 20;

    private final WordForms wordForms;
    private final TermRepository terms;
    private final IndexRepository index;

    CatalogueIndex(WordForms wordForms, TermRepository terms, IndexRepository index) {
        this.wordForms = wordForms;
        this.terms = terms;
        this.index = index;
    }

    /** Replaces the course's terms by those of {@code texts}; the titles are the published ones the catalogue sorts by. */
    public void write(UUID courseId, String title, @Nullable String titleEn, Map<SearchField, List<String>> texts) {
        Map<String, Integer> weights = new HashMap<>();
        texts.forEach((field, parts) -> parts.forEach(part ->
                wordForms.terms(part).forEach(term -> weights.merge(term, field.weight, Math::max))));
        terms.deleteByCourseId(courseId);
        terms.saveAll(weights.entrySet().stream().map(e -> new TermRow(new TermKey(courseId, e.getKey()), e.getValue())).toList());
        IndexRow row = new IndexRow(courseId, WordForms.VERSION, title, titleEn);
        if (index.existsById(courseId)) {
            index.update(row);
        } else {
            index.save(row);
        }
    }

    /** Published courses without terms, or with terms of an older analysis. */
    public List<UUID> stale() {
        return index.stale(WordForms.VERSION);
    }

    /**
     * The published courses that pass the filters and, when {@code text} has words, contain all of them
     * in some form (or, when no course has them all, as many as any course has): most matched words
     * first, then the weightier fields, then by title in the reader's language ({@code "en"} sorts by
     * English titles where there are some).
     */
    public List<CatalogueEntry> find(@Nullable String text, String tagPattern, String language, String provider,
                                     String readerLanguage) {
        List<CatalogueEntry> entries = new ArrayList<>(index.catalogue(tagPattern, language, provider));
        Comparator<CatalogueEntry> byTitle = byTitle(readerLanguage);
        List<Set<String>> words = wordForms.words(text == null ? "" : text);
        if (words.isEmpty()) {
            entries.sort(byTitle);
            return entries;
        }
        words = words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
        Map<UUID, Score> scores = score(words);
        entries.removeIf(e -> !scores.containsKey(e.courseId()));
        // every word narrows the search, as people expect of a catalogue; only when no course has them
        // all do the courses with most of them show, so a query never ends empty for one odd word
        int all = words.size();
        if (entries.stream().anyMatch(e -> scores.get(e.courseId()).matchedWords() == all)) {
            entries.removeIf(e -> scores.get(e.courseId()).matchedWords() < all);
        }
        entries.sort(Comparator.<CatalogueEntry, Score>comparing(e -> scores.get(e.courseId())).thenComparing(byTitle));
        return entries;
    }

    private Map<UUID, Score> score(List<Set<String>> words) {
        Set<String> all = new HashSet<>();
        words.forEach(all::addAll);
        Map<UUID, Map<String, Integer>> found = new HashMap<>();
        for (TermHit hit : terms.hits(all)) {
            found.computeIfAbsent(hit.courseId(), id -> new HashMap<>()).put(hit.term(), hit.weight());
        }
        Map<UUID, Score> scores = new HashMap<>();
        found.forEach((courseId, weights) -> {
            int matched = 0;
            int total = 0;
            for (Set<String> forms : words) {
                int best = forms.stream().mapToInt(f -> weights.getOrDefault(f, 0)).max().orElse(0);
                if (best > 0) {
                    matched++;
                    total += best;
                }
            }
            scores.put(courseId, new Score(matched, total));
        });
        return scores;
    }

    private static Comparator<CatalogueEntry> byTitle(String readerLanguage) {
        boolean english = "en".equals(readerLanguage);
        Collator collator = Collator.getInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("uk"));
        return Comparator.<CatalogueEntry, String>comparing(
                        e -> english && e.titleEn() != null && !e.titleEn().isBlank() ? e.titleEn() : e.title(), collator)
                .thenComparing(CatalogueEntry::courseId);
    }

    /** Orders better matches first. */
    private record Score(int matchedWords, int weight) implements Comparable<Score> {
        @Override
        public int compareTo(Score other) {
            return matchedWords != other.matchedWords ? Integer.compare(other.matchedWords, matchedWords)
                    : Integer.compare(other.weight, weight);
        }
    }
}
