package dev.zhanggui.server.demo;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.Transactions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo orders loaded at start (demo data is on in tests too): one of each status for the
 * dashboard and the lists, through the real services; loading again adds nothing; and neither demo
 * login is left with an unsettled cash-on-delivery order.
 */
@QuarkusTest
class OrderDemoDataTest {
    @Inject
    OrderDemoData demoOrders;
    @Inject
    OrderRepository orders;
    @Inject
    CustomerRepository customers;
    @Inject
    Transactions transactions;

    @Test
    void a_fresh_server_has_demo_orders_in_every_status_once() {
        JsonPath before = demoOrders();
        List<String> statuses = before.getList("items.status", String.class);
        assertThat(statuses).hasSize(6);
        assertThat(count(statuses, "TO_SHIP")).isEqualTo(2);
        // a test running the jobs by hand may have closed the unpaid one and confirmed the shipped one
        assertThat(count(statuses, "PENDING_PAYMENT") + count(statuses, "CLOSED")).isEqualTo(1);
        assertThat(count(statuses, "SHIPPED") + count(statuses, "COMPLETED")).isEqualTo(3);
        assertThat(count(statuses, "COMPLETED")).isGreaterThanOrEqualTo(2);
        assertThat(before.getList("items.tenders.flatten().findAll { it.type == 'COD' }.settled"))
                .containsExactly(true);

        demoOrders.load(null);

        assertThat(demoOrders().getList("items.id")).isEqualTo(before.getList("items.id"));
        for (String phone : List.of("13800000001", "13800000002")) {
            boolean unsettled = transactions.inTransaction(() -> orders.hasUnsettledCashOnDelivery(DemoData.DEMO,
                    customers.findByPhone(DemoData.DEMO, new PhoneNumber(phone)).orElseThrow().id()));
            assertThat(unsettled).as(phone + " has an unsettled COD order").isFalse();
        }
        JsonPath mine = Api.asCustomer().get(Api.ME + "/orders").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.buyerNote")).contains("演示订单 demo order");
        Api.asStaff().get("/api/v1/dashboard").then().statusCode(200);
    }

    private static long count(List<String> statuses, String status) {
        return statuses.stream().filter(status::equals).count();
    }

    private static JsonPath demoOrders() {
        return Api.asStaff().queryParam("salesperson", OrderDemoData.SALESPERSON).queryParam("limit", 100)
                .get("/api/v1/orders").then().statusCode(200).extract().jsonPath();
    }
}
