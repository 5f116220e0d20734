package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static dev.zhanggui.server.testing.TestCatalog.createCategory;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Merchants exporting the product list (商品导出) to .xlsx, editing it and importing it again. */
@QuarkusTest
class ProductExportRestTest {
    static final String EXPORT = PRODUCTS + "/export";

    static byte[] export(String category, String status) {
        var request = Api.asStaff().queryParam("category", category);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.when().get(EXPORT).then().statusCode(200).contentType(XLSX).extract().asByteArray();
    }

    /** The rows again as an .xlsx, cells as text. */
    static byte[] rewrite(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("edited");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void an_exported_file_edited_and_imported_again_updates_the_products() throws IOException {
        String categoryName = unique("导出分类");
        String category = createCategory(null, categoryName, 1);
        String tea = uniqueCode("EXP");
        String cup = uniqueCode("EXP");
        List<Map<ImportColumn, Object>> rows = List.of(
                row(PRODUCT_CODE, tea, PRODUCT_NAME, "龙井, 特级", CATEGORIES, categoryName, STATUS, "仓库中",
                        IMAGES, "https://img.example.com/a.jpg|https://img.example.com/b.jpg",
                        DESCRIPTION, "<p>明前</p>", SPEC_1_NAME, "重量", SPEC_1_VALUE, "100g", SKU_CODE, tea + "-1",
                        PRICE, "58.00", POINTS_PRICE, 500, WEIGHT, 120, STOCK, 9),
                row(PRODUCT_CODE, tea, SPEC_1_NAME, "重量", SPEC_1_VALUE, "250g", SKU_CODE, tea + "-2",
                        LIST_PRICE, "150", PRICE, "128.50", SKU_BARCODE, "6900000000123", STOCK, 4),
                row(PRODUCT_CODE, cup, PRODUCT_NAME, "茶杯", CATEGORIES, categoryName, SKU_CODE, cup, PRICE, 12));
        finished(upload(xlsx(rows), "seed.xlsx", XLSX, null)).body("status", equalTo("SUCCEEDED"));
        String teaBefore = product(tea).getString("skus[1].id");

        List<List<String>> exported = ImportFiles.readXlsx(export(category, null));
        assertThat(exported.getFirst().getFirst()).isEqualTo("商品编码 product code");
        assertThat(exported).hasSize(4);
        assertThat(exported.stream().skip(1).map(r -> r.get(SKU_CODE.ordinal())))
                .containsExactlyInAnyOrder(tea + "-1", tea + "-2", cup);
        List<String> large = exported.stream().filter(r -> r.get(SKU_CODE.ordinal()).equals(tea + "-2"))
                .findFirst().orElseThrow();
        assertThat(large.get(STOCK.ordinal())).isEqualTo("4");
        assertThat(large.get(SKU_BARCODE.ordinal())).isEqualTo("6900000000123");
        assertThat(large.get(CATEGORIES.ordinal())).isEqualTo(categoryName);

        // Edit: a new price for the 250g SKU, a new name; everything else as exported.
        List<List<String>> edited = new ArrayList<>();
        for (List<String> r : exported) {
            List<String> copy = new ArrayList<>(r);
            while (copy.size() < ImportColumn.values().length) {
                copy.add("");
            }
            if (copy.get(SKU_CODE.ordinal()).equals(tea + "-2")) {
                copy.set(PRICE.ordinal(), "118");
            }
            if (copy.get(PRODUCT_CODE.ordinal()).equals(tea)) {
                copy.set(PRODUCT_NAME.ordinal(), "龙井 明前特级");
            }
            edited.add(copy);
        }
        finished(upload(rewrite(edited), "edited.xlsx", XLSX, null)).body("status", equalTo("SUCCEEDED"))
                .body("counts.productsCreated", equalTo(0)).body("counts.productsUpdated", equalTo(2))
                .body("counts.skusCreated", equalTo(0)).body("counts.skusUpdated", equalTo(3))
                .body("counts.stockLevelsSet", equalTo(0));

        var after = product(tea);
        assertThat(after.getString("name")).isEqualTo("龙井 明前特级");
        assertThat(after.getString("skus[1].id")).isEqualTo(teaBefore);
        assertThat(after.getString("skus[1].price")).isEqualTo("118.00");
        assertThat(after.getString("skus[0].price")).isEqualTo("58.00");
        assertThat(after.getLong("skus[0].pointsPrice")).isEqualTo(500L);
        assertThat(after.getList("images")).hasSize(2);
        assertThat(after.getString("description")).isEqualTo("<p>明前</p>");
    }

    @Test
    void the_export_honours_the_list_filters_and_is_for_staff_only() {
        String categoryName = unique("筛选分类");
        String category = createCategory(null, categoryName, 1);
        String onSale = uniqueCode("FLT");
        String inWarehouse = uniqueCode("FLT");
        finished(upload(xlsx(List.of(
                row(PRODUCT_CODE, onSale, PRODUCT_NAME, "在售", CATEGORIES, categoryName, STATUS, "ON_SALE",
                        SKU_CODE, onSale, PRICE, 1),
                row(PRODUCT_CODE, inWarehouse, PRODUCT_NAME, "仓库", CATEGORIES, categoryName, SKU_CODE, inWarehouse,
                        PRICE, 2))), "f.xlsx", XLSX, null)).body("status", equalTo("SUCCEEDED"));

        List<List<String>> rows = ImportFiles.readXlsx(export(category, "ON_SALE"));
        assertThat(rows.stream().skip(1).map(r -> r.get(PRODUCT_CODE.ordinal()))).containsExactly(onSale);
        assertThat(ImportFiles.readXlsx(export(category, null))).hasSize(3);

        Api.asStaff().queryParam("status", "SOLD").when().get(EXPORT).then().spec(problem(400, "PRODUCT_INVALID"));
        Api.asIntegration().when().get(EXPORT).then().statusCode(403);
        Api.anonymous().header("X-Merchant", "demo").when().get(EXPORT).then().statusCode(401);
    }
}
