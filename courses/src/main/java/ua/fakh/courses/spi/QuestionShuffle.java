package ua.fakh.courses.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic shuffling: the same seed gives the same order on every node and every run
 * ({@link Random}'s algorithm is fixed by its specification), so a learner who reloads an attempt
 * sees the choices where they were.
 */
public final class QuestionShuffle {

    private QuestionShuffle() {
    }

    public static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
