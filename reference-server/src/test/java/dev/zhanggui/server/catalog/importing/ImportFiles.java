package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.server.testing.Api;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds import files (.xlsx and .csv), uploads them and waits for their jobs. */
final class ImportFiles {
    static final String IMPORTS = "/api/v1/product-imports";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportFiles() {
    }

    /** A data row: column, value, column, value... */
    static Map<ImportColumn, Object> row(Object... cells) {
        Map<ImportColumn, Object> row = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i + 1 < cells.length; i += 2) {
            row.put((ImportColumn) cells[i], cells[i + 1]);
        }
        return row;
    }

    /** An .xlsx with the template's headers (Chinese and English) and these rows. */
    static byte[] xlsx(List<Map<ImportColumn, Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("商品");
            for (ImportColumn column : ImportColumn.values()) {
                sheet.value(0, column.ordinal(), column.header());
            }
            for (int r = 0; r < rows.size(); r++) {
                for (Map.Entry<ImportColumn, Object> cell : rows.get(r).entrySet()) {
                    if (cell.getValue() instanceof Number n) {
                        sheet.value(r + 1, cell.getKey().ordinal(), n);
                    } else {
                        sheet.value(r + 1, cell.getKey().ordinal(), String.valueOf(cell.getValue()));
                    }
                }
                if (r % 1000 == 999) {
                    sheet.flush();
                }
            }
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cells of the first sheet, row by row, as text. */
    static List<List<String>> readXlsx(byte[] file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatableResponse upload(Supplier<RequestSpecification> who, byte[] file, String name, String type,
                                      String store) {
        RequestSpecification request = who.get().contentType("multipart/form-data").multiPart("file", name, file, type);
        if (store != null) {
            request.multiPart("store", store);
        }
        return request.when().post(IMPORTS).then();
    }

    /** Uploads as the demo admin; returns the job id. */
    static String upload(byte[] file, String name, String type, String store) {
        return upload(Api::asAdmin, file, name, type, store).statusCode(202).extract().path("id");
    }

    /** Polls the job until it finishes; returns the last answer. */
    static ValidatableResponse finished(String jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            ValidatableResponse poll = Api.asAdmin().when().get(IMPORTS + "/" + jobId).then().statusCode(200);
            String status = poll.extract().path("status");
            if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
                return poll;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Import " + jobId + " still " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
