package ua.fakh.courses.plugins.content_file;

import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.List;
import java.util.Map;
import java.util.UUID;

class FileContentTest extends ContentTypeContract {
    @Override
    protected ContentType plugin() {
        return new FileContent();
    }

    @Override
    protected Map<String, Object> validContent() {
        return Map.of("materialId", PDF.id().toString(), "description", "Роздатковий матеріал");
    }

    @Override
    protected List<Map<String, Object>> invalidContents() {
        return List.of(Map.of("materialId", UUID.randomUUID().toString()), Map.of("description", "без файла"));
    }
}
