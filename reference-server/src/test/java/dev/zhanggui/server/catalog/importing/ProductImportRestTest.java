package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.catalog.importing.ImportColumn.*;
import static dev.zhanggui.server.catalog.importing.ImportFiles.IMPORTS;
import static dev.zhanggui.server.catalog.importing.ImportFiles.XLSX;
import static dev.zhanggui.server.catalog.importing.ImportFiles.finished;
import static dev.zhanggui.server.catalog.importing.ImportFiles.row;
import static dev.zhanggui.server.catalog.importing.ImportFiles.upload;
import static dev.zhanggui.server.catalog.importing.ImportFiles.xlsx;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static dev.zhanggui.server.testing.TestCatalog.STOCK_ADJUSTMENTS;
import static dev.zhanggui.server.testing.TestCatalog.createCategory;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Merchants importing products from the template spreadsheet (商品导入) over REST. */
@QuarkusTest
class ProductImportRestTest {

    /** The product with this code as staff see it, or null. */
    static JsonPath product(String code) {
        List<Map<String, Object>> items = Api.asAdmin().queryParam("q", code).queryParam("limit", 100).when()
                .get(PRODUCTS).then().statusCode(200).extract().path("items");
        return items.stream().filter(p -> code.equals(p.get("code"))).findFirst()
                .map(p -> Api.asAdmin().when().get(PRODUCTS + "/" + p.get("id")).then().statusCode(200).extract()
                        .jsonPath()).orElse(null);
    }

    static List<Integer> movementsAfter(String skuId, String store) {
        var request = Api.asAdmin().queryParam("skuId", skuId);
        if (store != null) {
            request.queryParam("storeId", store);
        }
        return request.when().get(STOCK_ADJUSTMENTS).then().statusCode(200).extract().path("items.onHandAfter");
    }

    /** A rod with two colours (two rows) and a product without specs. */
    static List<Map<ImportColumn, Object>> rodAndSyringe(String rod, String syringe, String category) {
        return List.of(
                row(PRODUCT_CODE, rod, PRODUCT_NAME, "晾衣杆", CATEGORIES, category, STATUS, "出售中",
                        SPEC_1_NAME, "颜色", SPEC_1_VALUE, "红", SKU_CODE, rod + "-R", LIST_PRICE, 39, PRICE, 29.9,
                        WEIGHT, 800, STOCK, 12),
                row(PRODUCT_CODE, rod, SPEC_1_NAME, "颜色", SPEC_1_VALUE, "黄", SKU_CODE, rod + "-Y", PRICE, "31.50",
                        STOCK, 5),
                row(PRODUCT_CODE, syringe, PRODUCT_NAME, "一次性无菌注射器", STATUS, "IN_WAREHOUSE",
                        SKU_CODE, syringe, SKU_BARCODE, "6901234567890", PRICE, 1.5, POINTS_PRICE, 150,
                        COST_PRICE, "0.8", STOCK, 500));
    }

    @Test
    void the_template_downloads_as_xlsx_and_csv_with_bilingual_headers() {
        byte[] file = Api.asStaff().when().get(IMPORTS + "/template").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        List<List<String>> rows = ImportFiles.readXlsx(file);
        assertThat(rows.getFirst()).contains("商品编码 product code", "售价 price", "规格1名称 spec 1 name", "库存 stock");

        String csv = new String(Api.asIntegration().queryParam("format", "csv").when().get(IMPORTS + "/template")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF商品编码 product code,商品名称 product name");
        Api.asStaff().queryParam("format", "pdf").when().get(IMPORTS + "/template").then()
                .spec(problem(400, "VALIDATION_FAILED"));
    }

    @Test
    void a_good_file_creates_products_skus_and_stock_and_a_second_file_updates_them_by_code() {
        String rod = uniqueCode("IMP");
        String syringe = uniqueCode("IMP");
        String category = unique("导入分类");
        String categoryId = createCategory(null, category, 1);

        String job = upload(xlsx(rodAndSyringe(rod, syringe, category)), "products.xlsx", XLSX, null);
        finished(job).body("status", equalTo("SUCCEEDED")).body("rowsTotal", equalTo(3))
                .body("rowsImported", equalTo(3)).body("counts.productsCreated", equalTo(2))
                .body("counts.skusCreated", equalTo(3)).body("counts.stockLevelsSet", equalTo(3))
                .body("fileName", equalTo("products.xlsx"));

        JsonPath created = product(rod);
        assertThat(created.getString("status")).isEqualTo("ON_SALE");
        assertThat(created.getList("categories")).containsExactly(categoryId);
        assertThat(created.getList("skus.code")).containsExactly(rod + "-R", rod + "-Y");
        assertThat(created.getList("skus.price")).containsExactly("29.90", "31.50");
        assertThat(created.getList("skus.listPrice")).containsExactly("39.00", "31.50");
        String red = created.getString("skus[0].id");
        assertThat(movementsAfter(red, null)).containsExactly(12);
        assertThat(product(syringe).getLong("skus[0].pointsPrice")).isEqualTo(150L);
        assertThat(product(syringe).getString("skus[0].costPrice")).isEqualTo("0.80");

        // Re-import: off shelf, new price for red, yellow gone, green added; red keeps its id.
        String again = upload(xlsx(List.of(
                row(PRODUCT_CODE, rod, PRODUCT_NAME, "伸缩晾衣杆", STATUS, "下架", SPEC_1_NAME, "颜色",
                        SPEC_1_VALUE, "红", SKU_CODE, rod + "-R", PRICE, "25.00", STOCK, 20),
                row(PRODUCT_CODE, rod, SPEC_1_NAME, "颜色", SPEC_1_VALUE, "绿", SKU_CODE, rod + "-G", PRICE, 26))),
                "update.xlsx", XLSX, null);
        finished(again).body("status", equalTo("SUCCEEDED")).body("counts.productsUpdated", equalTo(1))
                .body("counts.skusCreated", equalTo(1)).body("counts.skusUpdated", equalTo(1));
        JsonPath updated = product(rod);
        assertThat(updated.getString("name")).isEqualTo("伸缩晾衣杆");
        assertThat(updated.getString("status")).isEqualTo("OFF_SHELF");
        assertThat(updated.getList("categories")).containsExactly(categoryId);
        assertThat(updated.getList("skus.code")).containsExactly(rod + "-R", rod + "-G");
        assertThat(updated.getString("skus[0].id")).isEqualTo(red);
        assertThat(updated.getString("skus[0].price")).isEqualTo("25.00");
        assertThat(movementsAfter(red, null)).containsExactly(20, 12);
    }

    @Test
    void a_store_scoped_import_sets_that_stores_stock_not_the_warehouse() {
        String store = createStore(unique("导入门店"), "31.2304", "121.4737");
        String code = uniqueCode("IMPS");

        String job = upload(xlsx(List.of(row(PRODUCT_CODE, code, PRODUCT_NAME, "门店商品", SKU_CODE, code,
                PRICE, 9, STOCK, 7))), "store.xlsx", XLSX, store);
        finished(job).body("status", equalTo("SUCCEEDED")).body("storeId", equalTo(store));

        String sku = product(code).getString("skus[0].id");
        assertThat(movementsAfter(sku, store)).containsExactly(7);
        Api.asStaff().when().get("/api/v1/stores/" + store + "/stock").then().statusCode(200)
                .body("items.skuId", hasItem(sku));
        Api.asAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS).then().statusCode(200)
                .body("items.storeId", contains(store)).body("items.reason", contains("IMPORT"));
        upload(Api::asAdmin, xlsx(List.of()), "x.xlsx", XLSX, java.util.UUID.randomUUID().toString())
                .spec(problem(404, "STORE_NOT_FOUND"));
    }

    @Test
    void one_bad_row_among_many_fails_the_job_names_the_row_and_imports_nothing() {
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = uniqueCode("BAD");
            codes.add(code);
            rows.add(row(PRODUCT_CODE, code, PRODUCT_NAME, "好商品" + i, SKU_CODE, code, PRICE, 10 + i));
        }
        rows.set(17, row(PRODUCT_CODE, codes.get(17), PRODUCT_NAME, "坏商品", SKU_CODE, codes.get(17),
                PRICE, "十元"));
        rows.add(row(PRODUCT_CODE, uniqueCode("BAD"), PRODUCT_NAME, "重复编码", SKU_CODE, codes.get(3), PRICE, 1));

        String job = upload(xlsx(rows), "bad.xlsx", XLSX, null);
        finished(job).body("status", equalTo("FAILED")).body("rowsImported", equalTo(0))
                .body("errors.row", contains(19, 32)).body("errors[0].column", equalTo("售价 price"))
                .body("errors[0].code", equalTo("SKU_INVALID")).body("errors[0].message", containsString("十元"))
                .body("errors[1].code", equalTo("SKU_CODE_TAKEN")).body("errors[1].message", containsString("row 5"));
        for (String code : codes) {
            assertThat(product(code)).as(code).isNull();
        }
    }

    @Test
    void prices_of_a_product_on_sale_are_locked_row_by_row_and_nothing_is_imported() {
        String code = uniqueCode("LOCK");
        String other = uniqueCode("LOCK");
        finished(upload(xlsx(List.of(row(PRODUCT_CODE, code, PRODUCT_NAME, "在售", STATUS, "ON_SALE",
                SPEC_1_NAME, "颜色", SPEC_1_VALUE, "红", SKU_CODE, code + "-R", PRICE, 10),
                row(PRODUCT_CODE, code, SPEC_1_NAME, "颜色", SPEC_1_VALUE, "黄", SKU_CODE, code + "-Y", PRICE, 10))),
                "lock.xlsx", XLSX, null)).body("status", equalTo("SUCCEEDED"));

        String job = upload(xlsx(List.of(
                row(PRODUCT_CODE, other, PRODUCT_NAME, "新商品", SKU_CODE, other, PRICE, 5),
                row(PRODUCT_CODE, code, SPEC_1_NAME, "颜色", SPEC_1_VALUE, "红", SKU_CODE, code + "-R", PRICE, 10),
                row(PRODUCT_CODE, code, SPEC_1_NAME, "颜色", SPEC_1_VALUE, "黄", SKU_CODE, code + "-Y", PRICE, 8))),
                "lock2.xlsx", XLSX, null);
        finished(job).body("status", equalTo("FAILED")).body("errors.row", contains(4))
                .body("errors[0].code", equalTo("PRODUCT_ON_SALE_LOCKED"));
        assertThat(product(other)).isNull();
        assertThat(product(code).getList("skus.price")).containsExactly("10.00", "10.00");
    }

    @Test
    void a_csv_with_a_byte_order_mark_and_quoted_fields_imports() {
        String code = uniqueCode("CSV");
        String csv = "\uFEFF商品编码,商品名称,商品详情,售价 price,规格编码 SKU code,库存\r\n"
                + code + ",\"茶叶, 特级 \"\"龙井\"\"\",\"<p>杭州西湖,\n明前</p><script>alert(1)</script>\",88.8," + code + "-1,3\r\n";
        String job = upload(csv.getBytes(StandardCharsets.UTF_8), "商品.csv", "text/csv", null);
        finished(job).body("status", equalTo("SUCCEEDED"));
        JsonPath product = product(code);
        assertThat(product.getString("name")).isEqualTo("茶叶, 特级 \"龙井\"");
        assertThat(product.getString("description")).contains("杭州西湖,\n明前").doesNotContain("script");
        assertThat(product.getString("skus[0].price")).isEqualTo("88.80");
    }

    @Test
    void only_staff_and_integrations_import_and_bad_files_are_refused_with_a_code() {
        byte[] file = xlsx(List.of(row(PRODUCT_CODE, uniqueCode("AUTH"), PRODUCT_NAME, "x", PRICE, 1)));
        upload(Api::asCustomer, file, "a.xlsx", XLSX, null).spec(problem(403, "FORBIDDEN"));
        upload(() -> Api.anonymous().header("X-Merchant", "demo"), file, "a.xlsx", XLSX, null)
                .spec(problem(401, "UNAUTHENTICATED"));
        Api.asCustomer().when().get(IMPORTS + "/template").then().spec(problem(403, "FORBIDDEN"));
        Api.asCustomer().when().get(PRODUCTS + "/export").then().statusCode(403);
        String job = upload(Api::asIntegration, file, "a.xlsx", XLSX, null).statusCode(202).extract().path("id");
        finished(job).body("status", equalTo("SUCCEEDED"));

        upload(Api::asAdmin, "%PDF-1.4 not a spreadsheet".getBytes(StandardCharsets.UTF_8), "a.pdf",
                "application/pdf", null).spec(problem(400, "IMPORT_FILE_INVALID"));
        upload(Api::asAdmin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe}, "a.png",
                "image/png", null).spec(problem(400, "IMPORT_FILE_INVALID"));
        byte[] big = new byte[20 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        upload(Api::asAdmin, big, "big.csv", "text/csv", null).spec(problem(413, "IMPORT_FILE_TOO_LARGE"));
        // Ordinary JSON bodies keep their 1 MB limit.
        Api.asAdmin().body("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}").when().post(PRODUCTS)
                .then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void another_merchants_job_is_not_found_and_an_upload_replays_with_its_key() {
        byte[] file = xlsx(List.of(row(PRODUCT_CODE, uniqueCode("KEY"), PRODUCT_NAME, "幂等", PRICE, 1)));
        String key = java.util.UUID.randomUUID().toString();
        String job = Api.asAdmin().header("Idempotency-Key", key).contentType("multipart/form-data")
                .multiPart("file", "k.xlsx", file, XLSX).when().post(IMPORTS).then().statusCode(202)
                .extract().path("id");
        Api.asAdmin().header("Idempotency-Key", key).contentType("multipart/form-data")
                .multiPart("file", "k.xlsx", file, XLSX).when().post(IMPORTS).then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(job));
        finished(job).body("status", equalTo("SUCCEEDED"));

        Api.asAcmeAdmin().when().get(IMPORTS + "/" + job).then().spec(problem(404, "IMPORT_NOT_FOUND"));
        Api.asAdmin().when().get(IMPORTS + "/not-a-uuid").then().spec(problem(404, "IMPORT_NOT_FOUND"));
        Api.asCustomer().when().get(IMPORTS + "/" + job).then().spec(problem(403, "FORBIDDEN"));
    }
}
