package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.spi.Html;

/**
 * One question of an attempt for the templates: its number, text and points, the inputs its type
 * rendered with the answer the server holds, that answer's sequence number, and the message for a
 * form answer that came back refused.
 */
public record QuizQuestion(int number, String id, String type, String html, double points, Html input, long seq,
                           boolean answered, @Nullable String error) {
}
