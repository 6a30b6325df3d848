package ua.fakh.core.organizations;

import ua.fakh.core.security.Caller;

/**
 * Organization facts in bulk, as a spreadsheet: a header line naming the columns, then one
 * organization a line. {@code organization} (its id, EDRPOU, code or exact name) is required; the
 * fact columns are {@code katottg, hromada_kind, institution_kind, frontline_since, deoccupied_since,
 * staff_headcount}, and a column left out keeps what every organization has while an empty cell
 * clears it. {@code name} and {@code kind} (in the export, for people) are read and ignored. Separated
 * by ';' or ',', UTF-8 with or without a byte-order mark; days as {@code 2022-02-24} or
 * {@code 24.02.2022}. Administrators only (403).
 */
public interface OrganizationFactsCsv {
    /** Far more than the lines of every organization of a country; larger uploads are refused (413) unread. */
    int MAX_BYTES = 2 * 1024 * 1024;
    int MAX_LINES = 20_000;

    /** Every organization, parents before children, in the same columns (UTF-8 with a byte-order mark, ';'). */
    byte[] export(Caller actor);

    /**
     * Checks every line, as the tree will be once all of them are applied; applies them all in one
     * transaction (audited) only when none is wrong.
     *
     * @throws FactsRefusedException naming every wrong line and column; nothing is changed
     */
    FactsImportResult apply(String csv, Caller actor);
}
