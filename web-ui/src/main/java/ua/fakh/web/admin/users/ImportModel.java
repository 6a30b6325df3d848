package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.users.ImportReport;

/** The import page: the CSV as sent (to correct and send again), and the report of the last run. */
public record ImportModel(String csv, @Nullable ImportReport report, @Nullable String error) {
}
