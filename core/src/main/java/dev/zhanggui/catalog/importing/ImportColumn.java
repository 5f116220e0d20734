package dev.zhanggui.catalog.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * A column of the product import template (商品导入模板), in template order. Its header is
 * bilingual ({@code 商品编码 product code}); a file may give either language or both, in any order.
 * Product-level columns are repeated or left blank on the further rows of one product.
 */
public enum ImportColumn {
    PRODUCT_CODE("商品编码", "product code", true),
    PRODUCT_NAME("商品名称", "product name", true),
    CATEGORIES("商品分类", "categories", true),
    STATUS("状态", "status", true),
    PRODUCT_BARCODE("商品条码", "product barcode", true),
    SORT_ORDER("排序", "sort order", true),
    IMAGES("商品图片", "images", true),
    DESCRIPTION("商品详情", "description", true),
    SPEC_1_NAME("规格1名称", "spec 1 name", false),
    SPEC_1_VALUE("规格1值", "spec 1 value", false),
    SPEC_2_NAME("规格2名称", "spec 2 name", false),
    SPEC_2_VALUE("规格2值", "spec 2 value", false),
    SPEC_3_NAME("规格3名称", "spec 3 name", false),
    SPEC_3_VALUE("规格3值", "spec 3 value", false),
    SKU_CODE("规格编码", "SKU code", false),
    SKU_BARCODE("规格条码", "SKU barcode", false),
    LIST_PRICE("原价", "list price", false),
    PRICE("售价", "price", false),
    POINTS_PRICE("积分价", "points price", false),
    COST_PRICE("成本价", "cost price", false),
    WEIGHT("重量(克)", "weight (g)", false),
    STOCK("库存", "stock", false);

    /** The spec name and value columns, spec by spec. */
    public static final ImportColumn[][] SPECS = {
            {SPEC_1_NAME, SPEC_1_VALUE}, {SPEC_2_NAME, SPEC_2_VALUE}, {SPEC_3_NAME, SPEC_3_VALUE}};

    private final String chinese;
    private final String english;
    private final boolean productLevel;

    ImportColumn(String chinese, String english, boolean productLevel) {
        this.chinese = chinese;
        this.english = english;
        this.productLevel = productLevel;
    }

    /** The header the template carries, e.g. {@code 商品编码 product code}. */
    public String header() {
        return chinese + " " + english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Whether the column describes the product (SPU) rather than the row's SKU. */
    public boolean productLevel() {
        return productLevel;
    }

    /** The column a header cell names, by its Chinese or English part or both, ignoring case and spaces. */
    public static Optional<ImportColumn> ofHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = normalize(header);
        for (ImportColumn column : values()) {
            if (wanted.equals(normalize(column.chinese)) || wanted.equals(normalize(column.english))
                    || wanted.equals(normalize(column.header()))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\\uFEFF]", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }
}
