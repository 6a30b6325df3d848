package ua.fakh.web.admin.users;

import ua.fakh.core.users.UserBulkResult;

import java.util.Map;
import java.util.UUID;

/** What a bulk action did, with the names of the people it refused (reasons already in the page's language). */
public record BulkResultModel(UserBulkResult result, Map<UUID, String> names) {

    public String nameOf(UUID id) {
        return names.getOrDefault(id, id.toString());
    }
}
