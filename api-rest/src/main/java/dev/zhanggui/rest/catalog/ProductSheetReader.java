package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.catalog.importing.ImportRow;
import dev.zhanggui.catalog.importing.ProductImportService;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an import file, {@code .xlsx} (first sheet) or {@code .csv} (UTF-8, with or without a
 * byte order mark), into rows of the template's columns. The first row holds the headers, in
 * Chinese, English or both, in any order; unknown columns are ignored. Row numbers are those the
 * merchant sees in the spreadsheet.
 */
final class ProductSheetReader {
    private static final List<ImportColumn> REQUIRED = List.of(ImportColumn.PRODUCT_CODE, ImportColumn.PRICE);

    private ProductSheetReader() {
    }

    static List<ImportRow> read(InputStream file) {
        try (BufferedInputStream in = new BufferedInputStream(file)) {
            in.mark(8);
            byte[] head = java.util.Arrays.copyOf(in.readNBytes(8), 8);
            in.reset();
            if (ReadableWorkbook.isOOXMLZipHeader(head)) {
                return xlsx(in);
            }
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw invalid("Old .xls files are not read: save the file as .xlsx or CSV UTF-8");
            }
            return csv(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw invalid("The file is not a readable .xlsx or .csv file in the template's format");
        }
    }

    private static List<ImportRow> xlsx(InputStream in) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                throw invalid("The sheet is empty: the first row must hold the template's headers");
            }
            Map<Integer, ImportColumn> columns = columns(cells(it.next()));
            List<ImportRow> result = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                add(result, new ImportRow(row.getRowNum(), byColumn(columns, cells(row))));
            }
            return result;
        }
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(row.getOptionalCell(i).map(ProductSheetReader::text).orElse(""));
        }
        return texts;
    }

    /** A cell as the merchant sees it: numbers without exponent or trailing zeros (12, 5.5, 6901234567890). */
    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case STRING, BOOLEAN, FORMULA, ERROR -> Optional.ofNullable(cell.getRawValue()).orElse("");
            default -> "";
        };
    }

    private static List<ImportRow> csv(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRecords records = new CsvRecords(reader);
            List<String> header = records.next();
            if (header == null) {
                throw invalid("The file is empty: the first row must hold the template's headers");
            }
            Map<Integer, ImportColumn> columns = columns(header);
            List<ImportRow> result = new ArrayList<>();
            int number = 1;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                add(result, new ImportRow(++number, byColumn(columns, record)));
            }
            return result;
        } catch (CharacterCodingException e) {
            throw invalid("The CSV file is not UTF-8: save it as \"CSV UTF-8\"");
        } catch (IllegalArgumentException e) {
            throw invalid("The CSV file is malformed: " + e.getMessage());
        }
    }

    private static void add(List<ImportRow> rows, ImportRow row) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() >= ProductImportService.MAX_ROWS) {
            throw new DomainException(ErrorCode.IMPORT_FILE_TOO_LARGE,
                    "A file may have at most " + ProductImportService.MAX_ROWS + " data rows");
        }
        rows.add(row);
    }

    private static Map<Integer, ImportColumn> columns(List<String> header) {
        Map<Integer, ImportColumn> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.ofHeader(header.get(i)).ifPresent(c -> {
                if (columns.containsValue(c)) {
                    throw invalid("The column " + c.header() + " appears twice in the header row");
                }
                columns.put(index, c);
            });
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsValue(c)).map(ImportColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            throw invalid("The header row lacks the columns " + missing + "; download the template");
        }
        return columns;
    }

    private static Map<ImportColumn, String> byColumn(Map<Integer, ImportColumn> columns, List<String> cells) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            ImportColumn column = columns.get(i);
            if (column != null) {
                values.put(column, cells.get(i));
            }
        }
        return values;
    }

    private static DomainException invalid(String message) {
        return DomainException.invalidField("file", ErrorCode.IMPORT_FILE_INVALID, message);
    }
}
