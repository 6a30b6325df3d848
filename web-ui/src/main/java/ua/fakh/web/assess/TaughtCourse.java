package ua.fakh.web.assess;

import java.util.UUID;

/** The course a trainer page is about: its id for the tabs and links, its title in the page's language. */
public record TaughtCourse(UUID id, String title) {

    public String base() {
        return "/teach/courses/" + id;
    }
}
