package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.catalog.importing.ImportJob;
import dev.zhanggui.catalog.importing.ImportRow;
import dev.zhanggui.catalog.importing.ProductImportJobs;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Product import (商品导入) from a spreadsheet: staff download the template, upload a filled-in
 * {@code .xlsx} or {@code .csv} and poll the job. The whole file is checked first: a file with any
 * bad row imports nothing and the job reports every bad row; a good file imports at once.
 */
@Path("/api/v1/product-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product import", description = "Spreadsheet import of products and SKUs, run as a job")
public class ProductImportResource {
    /** The largest file an import accepts. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    ProductImportJobs jobs;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "importProducts", summary = "Upload an .xlsx or .csv file in the template's format; 202 with the job to poll. 413 IMPORT_FILE_TOO_LARGE over 20 MB, 400 IMPORT_FILE_INVALID for a file that is not a spreadsheet of the template")
    public Response upload(ProductImportUpload form) {
        if (form == null || form.file == null || form.file.uploadedFile() == null) {
            throw DomainException.invalidField("file", ErrorCode.IMPORT_FILE_INVALID, "Send the file in the form field \"file\"");
        }
        if (form.file.size() > MAX_FILE_BYTES) {
            throw DomainException.invalidField("file", ErrorCode.IMPORT_FILE_TOO_LARGE,
                    "A file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        Optional<StoreId> store = form.store == null || form.store.isBlank() ? Optional.empty()
                : Optional.of(StoreId.parse(form.store.strip()));
        List<ImportRow> rows;
        try (InputStream in = Files.newInputStream(form.file.uploadedFile())) {
            rows = ProductSheetReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = Optional.ofNullable(form.file.fileName()).filter(n -> !n.isBlank()).orElse("upload");
        ImportJob job = jobs.start(actor.get(), store, fileName.length() > 255 ? fileName.substring(0, 255) : fileName,
                rows);
        return Response.accepted(ImportJobView.of(job)).location(URI.create("/api/v1/product-imports/" + job.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getProductImport", summary = "Poll an import job: progress while it runs, then counts (SUCCEEDED) or every bad row (FAILED)")
    public ImportJobView get(@PathParam("id") String id) {
        return ImportJobView.of(jobs.get(actor.get(), jobId(id)));
    }

    @GET
    @Path("/template")
    @Produces({XLSX, CSV})
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getProductImportTemplate", summary = "The import template: .xlsx (with an example sheet), or .csv with ?format=csv")
    public Response template(@QueryParam("format") @Parameter(description = "xlsx (default) or csv") String format) {
        if ("csv".equalsIgnoreCase(format)) {
            StreamingOutput csv = out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                // A byte order mark, so that Excel opens the Chinese headers as UTF-8.
                writer.write('\uFEFF');
                writer.write(Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                        .collect(Collectors.joining(",")) + "\r\n");
                writer.flush();
            };
            return attachment(csv, CSV + "; charset=UTF-8", "product-import-template.csv");
        }
        if (format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw DomainException.invalidField("format", ErrorCode.VALIDATION_FAILED, "format must be xlsx or csv");
        }
        return attachment(ProductSheetWriter::template, XLSX, "product-import-template.xlsx");
    }

    static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.IMPORT_NOT_FOUND, "No import " + id);
        }
    }
}
