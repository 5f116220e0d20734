package dev.zhanggui.server.order;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.TestCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import static dev.zhanggui.server.order.OrderRestData.MY_ORDERS;
import static dev.zhanggui.server.order.OrderRestData.ORDERS;
import static dev.zhanggui.server.order.OrderRestData.checkout;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.order.OrderRestData.staffOrder;
import static dev.zhanggui.server.order.OrderRestData.staffPlaced;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * In-store verification (核销) of pickup orders with the QR code the customer shows, once only, and
 * the verification report per staff member; and batch shipping (批量发货) with an outcome per order.
 */
@QuarkusTest
class VerificationAndBatchShippingRestTest {
    static final String VERIFICATIONS = "/api/v1/verifications";

    @Test
    void a_paid_pickup_order_is_verified_once_from_its_qr_code_and_each_staff_member_sees_their_own() throws Exception {
        String store = TestCatalog.createStore(TestCatalog.unique("自提点"), "31.2304", "121.4737");
        String sku = OrderRestData.sku("19.90", 10);
        String first = paidPickup(sku, store);
        String second = paidPickup(sku, store);

        Response png = Api.asCustomer().get(MY_ORDERS + "/" + first + "/verification-code.png");
        png.then().statusCode(200).contentType(startsWith("image/png"));
        String code = Api.asCustomer().get(MY_ORDERS + "/" + first).then().statusCode(200).extract()
                .path("verification.code");
        assertThat(decode(png.asByteArray())).isEqualTo(code);
        Api.asSecondCustomer().get(MY_ORDERS + "/" + first + "/verification-code.png")
                .then().spec(problem(404, "ORDER_NOT_FOUND"));

        Api.asCustomer().body(Map.of("code", code)).post(VERIFICATIONS).then().spec(problem(403, "FORBIDDEN"));
        Api.asIntegration().body(Map.of("code", code)).post(VERIFICATIONS).then().spec(problem(403, "FORBIDDEN"));
        Api.asAcmeAdmin().body(Map.of("code", code)).post(VERIFICATIONS)
                .then().spec(problem(404, "VERIFICATION_CODE_UNKNOWN"));
        JsonPath verified = Api.asStaff().body(Map.of("code", code)).post(VERIFICATIONS).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("verification.used", equalTo(true)).extract().jsonPath();
        String staff = verified.getString("verification.verifiedBy");
        Api.asStaff().body(Map.of("code", code)).post(VERIFICATIONS).then().spec(problem(409, "VERIFICATION_ALREADY_USED"));
        Api.asStaff().body(Map.of("code", "000000000000")).post(VERIFICATIONS)
                .then().spec(problem(404, "VERIFICATION_CODE_UNKNOWN"));
        Api.asStaff().body(Map.of()).post(VERIFICATIONS).then().spec(problem(400, "ORDER_INVALID"));
        String secondCode = Api.asAdmin().get(ORDERS + "/" + second).then().statusCode(200).extract()
                .path("verification.code");
        Api.asAdmin().body(Map.of("code", secondCode)).post(VERIFICATIONS).then().statusCode(200);

        JsonPath mine = Api.asStaff().queryParam("limit", 100).get(VERIFICATIONS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getList("items.verifiedBy", String.class)).containsOnly(staff);
        assertThat(mine.getList("items.orderId")).contains(first).doesNotContain(second);
        assertThat(mine.getLong("today.count")).isGreaterThanOrEqualTo(1);
        assertThat(mine.getLong("total.count")).isGreaterThanOrEqualTo(mine.getLong("today.count"));
        JsonPath everyone = Api.asAdmin().queryParam("limit", 100).get(VERIFICATIONS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(everyone.getList("items.orderId")).contains(first, second);
        assertThat(everyone.getLong("today.count")).isGreaterThan(mine.getLong("today.count"));
        Api.asAdmin().queryParam("staff", staff).queryParam("limit", 100).get(VERIFICATIONS).then().statusCode(200)
                .body("items.verifiedBy.unique()", equalTo(List.of(staff)));
        Api.asAdmin().queryParam("from", "soon").get(VERIFICATIONS).then().spec(problem(400, "ORDER_INVALID"));
        Api.asCustomer().get(VERIFICATIONS).then().spec(problem(403, "FORBIDDEN"));

        String express = OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), OrderRestData.carrier(),
                "ONLINE")).getString("id");
        Api.asCustomer().get(MY_ORDERS + "/" + express + "/verification-code.png")
                .then().spec(problem(404, "ORDER_NOT_FOUND"));
    }

    @Test
    void a_batch_ships_what_it_can_and_names_the_code_of_each_refusal() {
        String customer = Api.createCustomer(Api.randomPhone());
        String sku = OrderRestData.sku("9.00", 20);
        String carrier = OrderRestData.carrier();
        String a = cashPaid(customer, sku, carrier, 2);
        String b = cashPaid(customer, sku, carrier, 1);
        String unpaid = staffPlaced(staffOrder(customer, List.of(line(sku, 1)), carrier, "ONLINE")).getString("id");
        String missing = UUID.randomUUID().toString();

        JsonPath batch = Api.asStaff().body(Map.of("carrier", "中通快递", "orders", List.of(
                        Map.of("orderId", a, "trackingNumber", "ZT-1"), Map.of("orderId", unpaid, "trackingNumber", "ZT-2"),
                        Map.of("orderId", "not-an-id", "trackingNumber", "ZT-3"),
                        Map.of("orderId", missing, "trackingNumber", "ZT-4"), Map.of("orderId", b, "trackingNumber", "ZT-5"))))
                .post("/api/v1/order-shipments").then().statusCode(200).extract().jsonPath();
        assertThat(batch.getList("results.orderId")).containsExactly(a, unpaid, "not-an-id", missing, b);
        assertThat(batch.getList("results.shipped")).containsExactly(true, false, false, false, true);
        assertThat(batch.getList("results.code")).containsExactly(null, "ORDER_INVALID_TRANSITION", "ORDER_NOT_FOUND",
                "ORDER_NOT_FOUND", null);
        assertThat(batch.getInt("shipped")).isEqualTo(2);
        Api.asStaff().get(ORDERS + "/" + a).then().statusCode(200).body("status", equalTo("SHIPPED"))
                .body("shipments[0].trackingNumber", equalTo("ZT-1")).body("shipments[0].lines[0].quantity", equalTo(2));
        Api.asStaff().get(ORDERS + "/" + unpaid).then().statusCode(200).body("status", equalTo("PENDING_PAYMENT"));

        Api.asAcmeAdmin().body(Map.of("carrier", "中通快递", "orders", List.of(Map.of("orderId", b, "trackingNumber", "X"))))
                .post("/api/v1/order-shipments").then().statusCode(200).body("results[0].code", equalTo("ORDER_NOT_FOUND"));
        Api.asStaff().body(Map.of("carrier", "中通快递", "orders", List.of())).post("/api/v1/order-shipments")
                .then().spec(problem(400, "ORDER_SHIPMENT_INVALID"));
        Api.asCustomer().body(Map.of("carrier", "中通快递", "orders", List.of(Map.of("orderId", a, "trackingNumber", "X"))))
                .post("/api/v1/order-shipments").then().spec(problem(403, "FORBIDDEN"));
    }

    /** A pickup order of the customer (张三), paid for them at the counter; returns its id. */
    private static String paidPickup(String sku, String store) {
        JsonPath order = OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), null, "ONLINE",
                "delivery", "PICKUP", "pickupStoreId", store));
        assertThat(order.getString("delivery.method")).isEqualTo("PICKUP");
        assertThat(order.getString("verification.code")).matches("\\d{12}");
        String id = order.getString("id");
        Api.asStaff().body(Map.of("reference", "柜台收款")).post(ORDERS + "/" + id + "/payments")
                .then().statusCode(200).body("status", equalTo("TO_SHIP"));
        return id;
    }

    private static String cashPaid(String customer, String sku, String carrier, int quantity) {
        String id = staffPlaced(staffOrder(customer, List.of(line(sku, quantity)), carrier, "CASH")).getString("id");
        Api.asStaff().body(Map.of()).post(ORDERS + "/" + id + "/payments").then().statusCode(200);
        return id;
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
