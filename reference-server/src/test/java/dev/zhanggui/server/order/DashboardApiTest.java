package dev.zhanggui.server.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.server.order.OrderTestData.Sku;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Points;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard (工作台) over REST and GraphQL: its counters move with the orders; only staff read it. */
@QuarkusTest
class DashboardApiTest {
    static final String DASHBOARD = """
            { dashboard { today awaitingPayment awaitingReview toShip returnRequests refundRequests
              todayFigures { day orders revenue newCustomers } trend { day orders revenue newCustomers } } }""";

    @Inject
    CheckoutService checkout;
    @Inject
    OrderService orders;
    @Inject
    OrderPaymentService payments;
    @Inject
    CustomerService customers;

    @Test
    void the_counters_follow_new_orders_in_both_apis() {
        Sku soap = OrderTestData.onSale("香皂", "8.50", 50);
        JsonPath before = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(before.getString("today")).isEqualTo(today);
        assertThat(before.getList("trend")).hasSize(30);
        assertThat(before.getString("trend[29].day")).isEqualTo(today);

        Actor a = OrderTestData.newCustomer(customers);
        Actor b = OrderTestData.newCustomer(customers);
        Order unpaid = place(a, soap, 2, TenderType.ONLINE);
        Order cod = place(b, soap, 1, TenderType.COD);
        Order paid = place(a, soap, 4, TenderType.ONLINE);
        payments.confirmOnlinePayment(Actor.system(OrderTestData.DEMO, "test"), paid.id(), "wx-" + paid.number(),
                paid.amountDue());
        orders.requestCancellation(a, paid.id(), "不要了");
        Actor c = OrderTestData.newCustomer(customers);
        Order cancelled = place(c, soap, 1, TenderType.COD);
        orders.cancel(c, cancelled.id());

        JsonPath after = Api.asAdmin().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("awaitingPayment") - before.getLong("awaitingPayment")).isEqualTo(1);
        assertThat(after.getLong("toShip") - before.getLong("toShip")).isEqualTo(1);
        assertThat(after.getLong("refundRequests") - before.getLong("refundRequests")).isEqualTo(1);
        assertThat(after.getLong("todayFigures.orders") - before.getLong("todayFigures.orders")).isEqualTo(3);
        assertThat(new BigDecimal(after.getString("todayFigures.revenue"))
                .subtract(new BigDecimal(before.getString("todayFigures.revenue"))))
                .isEqualByComparingTo(unpaid.total().plus(cod.total()).plus(paid.total()).amount());
        assertThat(after.getLong("todayFigures.newCustomers") - before.getLong("todayFigures.newCustomers"))
                .isEqualTo(3);
        assertThat(after.getString("trend[29].revenue")).isEqualTo(after.getString("todayFigures.revenue"));

        JsonPath graphql = GraphQLClient.user(Tokens.STAFF).query(DASHBOARD);
        assertThat(graphql.getLong("data.dashboard.toShip")).isEqualTo(after.getLong("toShip"));
        assertThat(graphql.getString("data.dashboard.todayFigures.revenue"))
                .isEqualTo(after.getString("todayFigures.revenue"));
        assertThat(graphql.getList("data.dashboard.trend")).hasSize(30);
    }

    @Test
    void only_the_merchants_staff_read_it() {
        Api.asCustomer().get("/api/v1/dashboard").then().statusCode(403);
        Api.anonymous().get("/api/v1/dashboard").then().statusCode(401);
        Api.asIntegration().get("/api/v1/dashboard").then().statusCode(200);
        JsonPath denied = GraphQLClient.user(Tokens.CUSTOMER).send(DASHBOARD, java.util.Map.of()).then().extract()
                .jsonPath();
        assertThat(denied.getList("errors")).isNotEmpty();
        assertThat(denied.getString("data.dashboard")).isNull();
    }

    private Order place(Actor customer, Sku sku, int quantity, TenderType rest) {
        return checkout.checkout(customer, CheckoutRequest.of(List.of(new CartLine(sku.sku(), quantity,
                Optional.empty())), new PaymentPlan(Points.zero(), false, rest)));
    }
}
