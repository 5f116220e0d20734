package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.server.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.CREATE_STAFF_ORDER;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing orders with their lines, tenders, packages and messages costs the same SQL whatever the
 * page size: the order adapters are plain JDBC (Hibernate's statistics do not see them), so the
 * table scans PostgreSQL counts for this test's database are compared (no N+1). Exporting them
 * reads the page's customers (through JPA, so Hibernate counts it) in one statement.
 */
@QuarkusTest
class OrderListingStatementCountTest {
    static final String LISTING = """
            query($filter: OrderFilter, $first: Int) { orders(filter: $filter, first: $first) {
              edges { node { id number status total lines { skuId productName quantity total paidAmount }
                tenders { type amount } shipments { trackingNumber } events { action to } } }
              queryTotal } }""";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SessionFactory sessionFactory;

    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void listing_twenty_orders_with_their_lines_scans_as_often_as_listing_two() throws Exception {
        Item tea = OrderTestData.item("计数茶叶", "2.00", 100);
        Item cup = OrderTestData.item("计数茶杯", "3.00", 100);
        String buyer = TestCustomers.createdByDemoStaff(TestCustomers.newPhone());
        for (int i = 0; i < 21; i++) {
            ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", vars("customerId", buyer,
                    "lines", List.of(line(tea.skuId(), 1), line(cup.skuId(), 2)), "address", address("计数"),
                    "coupon", "NONE", "rest", "ONLINE"))), "data.createStaffOrder");
        }
        Map<String, Object> filter = vars("customerId", buyer);

        long forTwo = fewestScans(filter, 2);
        long forTwenty = fewestScans(filter, 20);

        System.out.printf("Order listing table scans: 2 orders %d, 20 orders %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("table scans for 20 orders").isEqualTo(forTwo);
        assertThat(forTwenty).as("table scans for one page").isLessThanOrEqualTo(4);
    }

    @Test
    void exporting_orders_of_ten_customers_reads_the_customers_as_often_as_for_one() {
        Item tea = OrderTestData.item("导出计数茶叶", "2.00", 100);
        String oneSalesperson = "计数一" + Api.uniqueTag();
        String tenSalesperson = "计数十" + Api.uniqueTag();
        placeFor(TestCustomers.createdByDemoStaff(TestCustomers.newPhone()), tea, oneSalesperson);
        for (int i = 0; i < 10; i++) {
            placeFor(TestCustomers.createdByDemoStaff(TestCustomers.newPhone()), tea, tenSalesperson);
        }

        // the customers are read through JPA (the orders through JDBC): Hibernate counts their statements
        long forOne = fewestStatements(() -> export(oneSalesperson));
        long forTen = fewestStatements(() -> export(tenSalesperson));

        System.out.printf("Order export customer statements: 1 customer %d, 10 customers %d%n", forOne, forTen);
        assertThat(forTen).as("statements for the orders of 10 customers").isEqualTo(forOne).isLessThanOrEqualTo(1);
    }

    /** The fewest statements of three runs, so that a scheduled job running meanwhile does not count. */
    private long fewestStatements(Runnable call) {
        Statistics statistics = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            call.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private void placeFor(String customer, Item item, String salesperson) {
        ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", vars("customerId", customer,
                "lines", List.of(line(item.skuId(), 1)), "address", address("计数"), "coupon", "NONE", "rest", "CASH",
                "source", "SALESPERSON", "salesperson", salesperson))), "data.createStaffOrder");
    }

    private static void export(String salesperson) {
        Api.asStaff().queryParam("salesperson", salesperson).queryParam("format", "xlsx")
                .get(OrderRestData.ORDERS).then().statusCode(200);
    }

    /** The fewest scans of five runs, so that a scheduled job or an earlier test's work running meanwhile does not count. */
    private long fewestScans(Map<String, Object> filter, int first) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long before = settledScans();
            JsonPath answer = staff.query(LISTING, vars("filter", filter, "first", first));
            assertThat(answer.getList("errors")).isNullOrEmpty();
            assertThat(answer.getList("data.orders.edges")).hasSize(first);
            assertThat(answer.getList("data.orders.edges.node.lines[0]")).hasSize(2);
            fewest = Math.min(fewest, settledScans() - before);
        }
        return fewest;
    }

    /**
     * Sequential and index scans of this database's tables once the counts stop moving: each
     * server connection publishes its counts within about a second of going idle.
     */
    private long settledScans() throws SQLException, InterruptedException {
        long last = scans();
        int steady = 0;
        for (int i = 0; i < 60 && steady < 6; i++) {
            Thread.sleep(250);
            long now = scans();
            steady = now == last ? steady + 1 : 0;
            last = now;
        }
        return last;
    }

    private long scans() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(sum(seq_scan), 0) + coalesce(sum(idx_scan), 0)"
                     + " from pg_stat_user_tables")) {
            r.next();
            return r.getLong(1);
        }
    }
}
