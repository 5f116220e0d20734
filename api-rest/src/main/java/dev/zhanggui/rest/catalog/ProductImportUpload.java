package dev.zhanggui.rest.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The multipart form of a product import: the file and, optionally, the store whose stock the
 * file's stock column sets. Its JSON form (what an idempotency key's fingerprint is taken of) is
 * a digest of the file's bytes and the store, so a replay of the same upload matches.
 */
public class ProductImportUpload {
    @RestForm("file")
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The .xlsx or .csv file in the template's format")
    public FileUpload file;

    @RestForm("store")
    @Schema(nullable = true, description = "A store id: the stock column sets that store's stock instead of the central warehouse's")
    public String store;

    @JsonValue
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (file != null && file.uploadedFile() != null) {
                try (InputStream in = Files.newInputStream(file.uploadedFile())) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return "file:" + HexFormat.of().formatHex(digest.digest()) + " store:" + store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
