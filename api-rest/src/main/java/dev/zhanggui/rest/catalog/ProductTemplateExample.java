package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.importing.ImportColumn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The example sheet of the import template: a clothes-drying rod (晾衣杆) with two specs, four
 * SKUs, and a syringe without specs, one row.
 */
final class ProductTemplateExample {
    static final List<Map<ImportColumn, Object>> ROWS = List.of(
            row("P1001", "晾衣杆", "家居|日用", "出售中", "6900000000017", 10, "https://img.example.com/rod.jpg",
                    "<p>不锈钢伸缩晾衣杆</p>", "红", "400mm", "P1001-R4", "", "39.00", "29.90", "", 800, 100),
            row("P1001", "", "", "", "", null, "", "", "红", "500mm", "P1001-R5", "", "45.00", "35.90", "", 950, 80),
            row("P1001", "", "", "", "", null, "", "", "黄", "400mm", "P1001-Y4", "", "39.00", "29.90", "", 800, 60),
            row("P1001", "", "", "", "", null, "", "", "黄", "500mm", "P1001-Y5", "", "45.00", "35.90", "", 950, 0),
            row("P2001", "一次性无菌注射器", "医疗器械", "仓库中", "", 20, "", "", null, null, "P2001", "6901234567890",
                    "2.00", "1.50", "150", 10, 500));

    private ProductTemplateExample() {
    }

    private static Map<ImportColumn, Object> row(String code, String name, String categories, String status,
                                                 String barcode, Integer sortOrder, String images, String description,
                                                 String colour, String length, String skuCode, String skuBarcode,
                                                 String listPrice, String price, String points, int weight,
                                                 int stock) {
        Map<ImportColumn, Object> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.PRODUCT_CODE, code);
        cells.put(ImportColumn.PRODUCT_NAME, name);
        cells.put(ImportColumn.CATEGORIES, categories);
        cells.put(ImportColumn.STATUS, status);
        cells.put(ImportColumn.PRODUCT_BARCODE, barcode);
        if (sortOrder != null) {
            cells.put(ImportColumn.SORT_ORDER, sortOrder);
        }
        cells.put(ImportColumn.IMAGES, images);
        cells.put(ImportColumn.DESCRIPTION, description);
        if (colour != null) {
            cells.put(ImportColumn.SPEC_1_NAME, "颜色");
            cells.put(ImportColumn.SPEC_1_VALUE, colour);
            cells.put(ImportColumn.SPEC_2_NAME, "长度");
            cells.put(ImportColumn.SPEC_2_VALUE, length);
        }
        cells.put(ImportColumn.SKU_CODE, skuCode);
        cells.put(ImportColumn.SKU_BARCODE, skuBarcode);
        cells.put(ImportColumn.LIST_PRICE, new java.math.BigDecimal(listPrice));
        cells.put(ImportColumn.PRICE, new java.math.BigDecimal(price));
        if (!points.isEmpty()) {
            cells.put(ImportColumn.POINTS_PRICE, Long.parseLong(points));
        }
        cells.put(ImportColumn.WEIGHT, weight);
        cells.put(ImportColumn.STOCK, stock);
        return cells;
    }
}
