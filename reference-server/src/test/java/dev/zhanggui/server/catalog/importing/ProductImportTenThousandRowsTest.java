package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ImportColumn;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.catalog.importing.ImportColumn.*;
import static dev.zhanggui.server.catalog.importing.ImportFiles.XLSX;
import static dev.zhanggui.server.catalog.importing.ImportFiles.finished;
import static dev.zhanggui.server.catalog.importing.ImportFiles.row;
import static dev.zhanggui.server.catalog.importing.ImportFiles.upload;
import static dev.zhanggui.server.catalog.importing.ImportFiles.xlsx;
import static dev.zhanggui.server.catalog.importing.ProductImportRestTest.product;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A 10,000-row file (2,500 products × 4 SKUs, stock on every row) imported and then imported
 * again as an update, each timed from upload to the finished job. Prints the times (recorded in
 * docs/benchmarks.md); asserts the counts and a generous bound only.
 */
@QuarkusTest
class ProductImportTenThousandRowsTest {
    static final int PRODUCTS = 2_500;

    static List<Map<ImportColumn, Object>> rows(String prefix, int priceBase) {
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            String code = prefix + "-" + p;
            int n = 0;
            for (String colour : List.of("红", "蓝")) {
                for (String size : List.of("M", "L")) {
                    rows.add(n == 0
                            ? row(PRODUCT_CODE, code, PRODUCT_NAME, "批量商品 " + p, STATUS, "IN_WAREHOUSE",
                            DESCRIPTION, "<p>第" + p + "号</p>", SPEC_1_NAME, "颜色", SPEC_1_VALUE, colour,
                            SPEC_2_NAME, "尺码", SPEC_2_VALUE, size, SKU_CODE, code + "-" + n,
                            SKU_BARCODE, "69" + (10_000_000 + p * 4 + n), LIST_PRICE, priceBase + 10, PRICE,
                            priceBase + p % 50, WEIGHT, 300, STOCK, 10 + n)
                            : row(PRODUCT_CODE, code, SPEC_1_NAME, "颜色", SPEC_1_VALUE, colour, SPEC_2_NAME, "尺码",
                            SPEC_2_VALUE, size, SKU_CODE, code + "-" + n, LIST_PRICE, priceBase + 10,
                            PRICE, priceBase + p % 50, WEIGHT, 300, STOCK, 10 + n));
                    n++;
                }
            }
        }
        return rows;
    }

    static long timed(byte[] file, int created, int updated) {
        long start = System.nanoTime();
        String job = upload(file, "ten-thousand.xlsx", XLSX, null);
        finished(job).body("status", equalTo("SUCCEEDED")).body("rowsImported", equalTo(10_000))
                .body("counts.productsCreated", equalTo(created)).body("counts.productsUpdated", equalTo(updated))
                .body("counts.skusCreated", equalTo(created * 4)).body("counts.skusUpdated", equalTo(updated * 4))
                .body("counts.stockLevelsSet", equalTo(created * 4));
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void ten_thousand_rows_import_in_seconds() {
        String prefix = uniqueCode("BULK");
        byte[] file = xlsx(rows(prefix, 20));
        long createMillis = timed(file, PRODUCTS, 0);
        long updateMillis = timed(xlsx(rows(prefix, 30)), 0, PRODUCTS);

        System.out.printf("IMPORT-BENCHMARK 10,000 rows (%d products x 4 SKUs, %d KB xlsx): create %d ms, update %d ms%n",
                PRODUCTS, file.length / 1024, createMillis, updateMillis);
        assertThat(createMillis).isLessThan(60_000);
        assertThat(updateMillis).isLessThan(60_000);
        var last = product(prefix + "-" + (PRODUCTS - 1));
        assertThat(last.getList("skus")).hasSize(4);
        assertThat(last.getString("skus[0].price")).isEqualTo("79.00");
    }
}
