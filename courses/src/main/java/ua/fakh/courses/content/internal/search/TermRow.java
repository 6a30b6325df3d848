package ua.fakh.courses.content.internal.search;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** One dictionary form of a published course, with the weight of the best field it occurs in. */
@MappedEntity("course_search_terms")
record TermRow(@EmbeddedId TermKey key, int weight) {
}
