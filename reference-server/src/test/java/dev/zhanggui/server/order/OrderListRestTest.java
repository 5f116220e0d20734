package dev.zhanggui.server.order;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.zhanggui.server.order.OrderRestData.ORDERS;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.order.OrderRestData.staffOrder;
import static dev.zhanggui.server.order.OrderRestData.staffPlaced;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The back office's order list: filters, the query total (当前查询总金额), paging, and the xlsx export. */
@QuarkusTest
class OrderListRestTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void the_list_filters_by_phone_source_salesperson_and_dates_and_totals_the_whole_query() throws Exception {
        String phone = Api.randomPhone();
        String customer = Api.createCustomer(phone);
        String sku = OrderRestData.sku("11.00", 10);
        String carrier = OrderRestData.carrier();
        JsonPath manual = staffPlaced(staffOrder(customer, List.of(line(sku, 1)), carrier, "ONLINE"));
        JsonPath sales = staffPlaced(staffOrder(customer, List.of(line(sku, 2)), carrier, "ONLINE",
                "source", "SALESPERSON", "salesperson", "赵六"));
        BigDecimal both = new BigDecimal(manual.getString("total")).add(new BigDecimal(sales.getString("total")));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        JsonPath all = Api.asStaff().queryParam("phone", phone).get(ORDERS).then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.id")).containsExactly(sales.getString("id"), manual.getString("id"));
        assertThat(new BigDecimal(all.getString("queryTotal"))).isEqualByComparingTo(both);
        Api.asStaff().queryParam("phone", phone).queryParam("source", "salesperson").get(ORDERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(sales.getString("id"))))
                .body("queryTotal", equalTo(sales.getString("total")));
        Api.asIntegration().queryParam("customerId", customer).queryParam("salesperson", "赵六")
                .queryParam("tender", "ONLINE").queryParam("status", "PENDING_PAYMENT").get(ORDERS)
                .then().statusCode(200).body("items.id", equalTo(List.of(sales.getString("id"))));
        Api.asStaff().queryParam("customerId", customer).queryParam("from", today).queryParam("until", today)
                .get(ORDERS).then().statusCode(200).body("items.size()", equalTo(2));
        Api.asStaff().queryParam("customerId", customer).queryParam("from", LocalDate.parse(today).plusDays(1).toString())
                .get(ORDERS).then().statusCode(200).body("items.size()", equalTo(0)).body("queryTotal", equalTo("0.00"));
        Api.asStaff().queryParam("customerId", customer).queryParam("until", manual.getString("createdAt"))
                .get(ORDERS).then().statusCode(200).body("items.size()", equalTo(0));

        JsonPath first = Api.asStaff().queryParam("customerId", customer).queryParam("limit", 1).get(ORDERS)
                .then().statusCode(200).body("items.size()", equalTo(1)).extract().jsonPath();
        Api.asStaff().queryParam("customerId", customer).queryParam("limit", 1).queryParam("after", first.getString("next"))
                .get(ORDERS).then().statusCode(200).body("items[0].id", equalTo(manual.getString("id")))
                .body("next", nullValue());

        Api.asStaff().queryParam("phone", "13000000000").get(ORDERS).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("queryTotal", equalTo("0.00"));
        Api.asStaff().queryParam("status", "LOST").queryParam("from", "last week").get(ORDERS)
                .then().spec(problem(400, "ORDER_INVALID")).body("errors.field", equalTo(List.of("status", "from")));
        Api.asStaff().queryParam("limit", 500).get(ORDERS).then().spec(problem(400, "PAGE_LIMIT_INVALID"));
        Api.asCustomer().get(ORDERS).then().spec(problem(403, "FORBIDDEN"));
        Api.asAcmeAdmin().queryParam("customerId", customer).get(ORDERS).then().statusCode(200)
                .body("items.size()", equalTo(0));
        Api.asAcmeAdmin().get(ORDERS).then().statusCode(200).body("items.id", not(hasItem(manual.getString("id"))));
    }

    @Test
    void the_export_is_a_readable_spreadsheet_of_the_filtered_orders_with_their_total() throws Exception {
        String customer = Api.createCustomer(Api.randomPhone());
        String sku = OrderRestData.sku("7.50", 10);
        String carrier = OrderRestData.carrier();
        JsonPath a = staffPlaced(staffOrder(customer, List.of(line(sku, 1)), carrier, "ONLINE", "buyerNote", "放门口"));
        JsonPath b = staffPlaced(staffOrder(customer, List.of(line(sku, 3)), carrier, "CASH"));

        Response export = Api.asStaff().queryParam("customerId", customer).queryParam("format", "xlsx").get(ORDERS);
        export.then().statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", startsWith("attachment"));
        List<List<String>> rows = rows(export.asByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("订单号 number");
        assertThat(rows).hasSize(4);
        assertThat(List.of(rows.get(1).get(0), rows.get(2).get(0))).containsExactly(b.getString("number"),
                a.getString("number"));
        assertThat(rows.get(2).get(17)).isEqualTo("放门口");
        assertThat(new BigDecimal(rows.get(2).get(14))).isEqualByComparingTo(a.getString("total"));
        assertThat(rows.get(3).get(0)).isEqualTo("合计 total");
        assertThat(new BigDecimal(rows.get(3).get(14))).isEqualByComparingTo(
                new BigDecimal(a.getString("total")).add(new BigDecimal(b.getString("total"))));

        Response byAccept = Api.asStaff().accept(XLSX).queryParam("customerId", customer)
                .queryParam("tender", "CASH").get(ORDERS);
        byAccept.then().statusCode(200).contentType(startsWith(XLSX));
        assertThat(rows(byAccept.asByteArray())).hasSize(3);
        // A client offering both (as generated SDKs do) gets JSON; the spreadsheet only when it is preferred.
        Api.asStaff().accept("application/json, " + XLSX).queryParam("customerId", customer).get(ORDERS)
                .then().statusCode(200).contentType(startsWith("application/json"));
        Api.asStaff().accept("application/json;q=0.5, " + XLSX).queryParam("customerId", customer).get(ORDERS)
                .then().statusCode(200).contentType(startsWith(XLSX));
        Api.asStaff().queryParam("format", "xlsx").queryParam("status", "NOPE").get(ORDERS)
                .then().spec(problem(400, "ORDER_INVALID"));
        Api.asCustomer().queryParam("format", "xlsx").get(ORDERS).then().statusCode(403);
    }

    @Test
    void the_export_names_each_customer_by_name_and_phone_not_by_id() throws Exception {
        String salesperson = "导出" + Api.uniqueTag();
        String namedPhone = Api.randomPhone();
        Map<String, Object> named = Api.newCustomer(namedPhone);
        named.put("name", "王小明");
        String withName = Api.asAdmin().body(named).post(Api.CUSTOMERS).then().statusCode(201).extract().path("id");
        String unnamedPhone = Api.randomPhone();
        String withoutName = Api.createCustomer(unnamedPhone);
        String sku = OrderRestData.sku("4.00", 10);
        String carrier = OrderRestData.carrier();
        JsonPath first = staffPlaced(staffOrder(withName, List.of(line(sku, 1)), carrier, "CASH",
                "source", "SALESPERSON", "salesperson", salesperson));
        JsonPath second = staffPlaced(staffOrder(withoutName, List.of(line(sku, 1)), carrier, "CASH",
                "source", "SALESPERSON", "salesperson", salesperson));
        JsonPath third = staffPlaced(staffOrder(withName, List.of(line(sku, 2)), carrier, "CASH",
                "source", "SALESPERSON", "salesperson", salesperson));

        List<List<String>> rows = rows(Api.asStaff().queryParam("salesperson", salesperson)
                .queryParam("format", "xlsx").get(ORDERS).then().statusCode(200).extract().asByteArray());

        assertThat(rows.get(0).subList(5, 7)).containsExactly("客户 customer", "客户手机 customer phone");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(0)).containsExactly(third.getString("number"),
                second.getString("number"), first.getString("number"));
        assertThat(rows.subList(1, 4)).extracting(r -> r.subList(5, 7)).containsExactly(
                List.of("王小明", namedPhone), List.of("", unnamedPhone), List.of("王小明", namedPhone));
        assertThat(rows).flatExtracting(r -> r).doesNotContain(withName, withoutName);
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                return stream.map(OrderListRestTest::cells).collect(Collectors.toList());
            }
        }
    }

    private static List<String> cells(Row row) {
        return java.util.stream.IntStream.range(0, 18)
                .mapToObj(i -> i < row.getCellCount() && row.getCell(i) != null ? row.getCellText(i) : "").toList();
    }
}
