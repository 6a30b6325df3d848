package ua.fakh.web.learn;

import jakarta.inject.Singleton;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.web.page.ContentSecurityPolicy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Content-Security-Policy of a lesson page: the standard one, plus the origins its content type says it plays media from or frames. */
@Singleton
class LessonMediaPolicy {
    private final Map<String, ContentType> types;

    LessonMediaPolicy(List<ContentType> types) {
        this.types = types.stream().collect(Collectors.toMap(t -> t.descriptor().id(), Function.identity()));
    }

    String of(LessonView lesson) {
        ContentType type = types.get(lesson.type());
        if (type == null) {
            return ContentSecurityPolicy.standard();
        }
        return ContentSecurityPolicy.withMedia(type.externalMediaOrigins(lesson.content()),
                type.externalFrameOrigins(lesson.content()));
    }
}
