package ua.fakh.courses.spi;

import java.util.Optional;
import java.util.UUID;

/** The materials of one course, as a content plugin sees them. */
public interface CourseMaterials {

    Optional<MaterialInfo> find(UUID materialId);

    /** Where a browser fetches the bytes (honours Range). */
    default String contentUrl(UUID materialId) {
        return "/api/materials/" + materialId + "/content";
    }
}
