package ua.fakh.web.teach;

/**
 * Lesson html names files by their API address, which takes bearer tokens only; pages read the same
 * bytes through {@code /materials/{id}/content} with the session cookie (as the learner's lesson page does).
 */
final class MaterialPageLinks {
    private MaterialPageLinks() {
    }

    static String forPages(String html) {
        return html.replace("\"/api/materials/", "\"/materials/");
    }
}
