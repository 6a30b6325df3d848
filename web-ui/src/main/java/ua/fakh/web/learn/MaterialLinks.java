package ua.fakh.web.learn;

/**
 * Lesson html names material bytes by their API address, which takes bearer tokens only (the
 * session cookie is for pages, so another site cannot make a browser call the API). The lesson
 * page points them at {@link MaterialContentController}, the same bytes for the cookie session.
 */
public final class MaterialLinks {
    static final String API_PREFIX = "\"/api/materials/";
    static final String PAGE_PREFIX = "\"/materials/";

    private MaterialLinks() {
    }

    public static String forPages(String html) {
        return html.replace(API_PREFIX, PAGE_PREFIX);
    }

    /** The page route of a material's bytes, as lesson pages link it (the offline download stores it under this address). */
    public static String contentUrl(java.util.UUID materialId) {
        return "/materials/" + materialId + "/content";
    }
}
