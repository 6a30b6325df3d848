package ua.fakh.courses.content.internal.search;

/** Where a word of a course was found, and how much a match there counts: a title says most about a course. */
public enum SearchField {
    TITLE(8), TAG(6), OUTCOME(4), TRAINER(2), DESCRIPTION(1);

    final int weight;

    SearchField(int weight) {
        this.weight = weight;
    }
}
