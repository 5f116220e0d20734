package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.SpecValue;
import dev.zhanggui.catalog.StockSummary;
import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.shared.Points;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes products as rows of the import template (商品导入模板), one row per SKU, into an
 * {@code .xlsx} sheet: the template itself (headers and an example sheet) and exports, which can
 * be edited and imported again. Codes and barcodes are written as text so that the spreadsheet
 * never turns them into numbers.
 */
final class ProductSheetWriter implements AutoCloseable {
    static final String SHEET = "商品 products";
    private static final ImportColumn[] COLUMNS = ImportColumn.values();

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    ProductSheetWriter(OutputStream out) {
        workbook = new Workbook(out, "Zhanggui", "1.0");
        sheet = workbook.newWorksheet(SHEET);
        header(sheet);
    }

    /** The empty template, with a second sheet showing how a product with specs and one without are filled in. */
    static void template(OutputStream out) throws IOException {
        try (ProductSheetWriter writer = new ProductSheetWriter(out)) {
            Worksheet example = writer.workbook.newWorksheet("示例 example");
            header(example);
            int r = 1;
            for (Map<ImportColumn, Object> values : ProductTemplateExample.ROWS) {
                for (Map.Entry<ImportColumn, Object> cell : values.entrySet()) {
                    value(example, r, cell.getKey().ordinal(), cell.getValue());
                }
                r++;
            }
            example.finish();
        }
    }

    private static void header(Worksheet sheet) {
        for (ImportColumn column : COLUMNS) {
            sheet.value(0, column.ordinal(), column.header());
            sheet.style(0, column.ordinal()).bold().set();
            sheet.width(column.ordinal(), column == ImportColumn.DESCRIPTION || column == ImportColumn.IMAGES ? 40 : 16);
        }
        sheet.freezePane(0, 1);
    }

    /** Appends a page of products; {@code stock} by SKU and category names by id fill their columns. */
    void write(Collection<Product> products, Map<SkuId, StockSummary> stock, Map<CategoryId, String> categoryNames)
            throws IOException {
        for (Product product : products) {
            String categories = product.details().categories().stream().map(categoryNames::get)
                    .filter(Objects::nonNull).collect(Collectors.joining("|"));
            for (Sku sku : product.skus()) {
                for (Map.Entry<ImportColumn, Object> cell : cells(product, sku, categories, stock.get(sku.id()))
                        .entrySet()) {
                    value(sheet, row, cell.getKey().ordinal(), cell.getValue());
                }
                row++;
            }
        }
        sheet.flush();
    }

    static Map<ImportColumn, Object> cells(Product product, Sku sku, String categories, StockSummary stock) {
        Map<ImportColumn, Object> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.PRODUCT_CODE, product.code());
        cells.put(ImportColumn.PRODUCT_NAME, product.details().name());
        cells.put(ImportColumn.CATEGORIES, categories);
        cells.put(ImportColumn.STATUS, product.status().name());
        product.details().barcode().ifPresent(b -> cells.put(ImportColumn.PRODUCT_BARCODE, b));
        cells.put(ImportColumn.SORT_ORDER, product.details().sortOrder());
        cells.put(ImportColumn.IMAGES, String.join("|", product.details().images()));
        product.details().description().ifPresent(d -> cells.put(ImportColumn.DESCRIPTION, d));
        List<SpecValue> values = sku.specValues();
        for (int i = 0; i < values.size() && i < ImportColumn.SPECS.length; i++) {
            cells.put(ImportColumn.SPECS[i][0], values.get(i).name());
            cells.put(ImportColumn.SPECS[i][1], values.get(i).value());
        }
        cells.put(ImportColumn.SKU_CODE, sku.code());
        sku.barcode().ifPresent(b -> cells.put(ImportColumn.SKU_BARCODE, b));
        cells.put(ImportColumn.LIST_PRICE, sku.listPrice().amount());
        cells.put(ImportColumn.PRICE, sku.price().amount());
        sku.pointsPrice().map(Points::value).ifPresent(p -> cells.put(ImportColumn.POINTS_PRICE, p));
        sku.costPrice().ifPresent(c -> cells.put(ImportColumn.COST_PRICE, c.amount()));
        cells.put(ImportColumn.WEIGHT, sku.weightGrams());
        if (stock != null) {
            cells.put(ImportColumn.STOCK, stock.onHand());
        }
        return cells;
    }

    private static void value(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value != null && !value.toString().isEmpty()) {
            sheet.value(r, c, value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
