package vn.edu.ecenter.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.platform.files.FileStore;

/** What the import job reads and writes of a run: the uploaded file, and the report kept with the run. */
@Component
class RunStore {

    private final FileStore files;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunStore(FileStore files, JdbcClient jdbc, JsonMapper json) {
        this.files = files;
        this.jdbc = jdbc;
        this.json = json;
    }

    byte[] file(String sha256) {
        try (InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void keep(UUID id, ImportReport report) {
        jdbc.sql("UPDATE imports.import_run SET report = ?::jsonb WHERE id = ?")
                .params(json.writeValueAsString(report), id)
                .update();
    }
}
