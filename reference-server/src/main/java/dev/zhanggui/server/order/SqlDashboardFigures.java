package dev.zhanggui.server.order;

import dev.zhanggui.order.Dashboard;
import dev.zhanggui.order.DashboardFigures;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * The dashboard's figures in SQL: counts by status from the status index, and per-day orders,
 * revenue and registrations grouped in the merchant's time zone; the after-sales requests waiting
 * from the after-sales tables (their status index).
 */
public class SqlDashboardFigures implements DashboardFigures {
    private final JdbcStatements sql;

    public SqlDashboardFigures(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Map<OrderStatus, Long> countByStatus(MerchantId merchant, List<OrderStatus> statuses) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        sql.query("select status, count(*) from customer_order where merchant_id = ? and status = any(?) group by status",
                s -> {
                    s.setString(1, merchant.value());
                    s.setArray(2, s.getConnection().createArrayOf("varchar",
                            statuses.stream().map(Enum::name).toArray()));
                }, r -> counts.put(OrderStatus.valueOf(r.getString(1)), r.getLong(2)));
        return counts;
    }

    @Override
    public List<Dashboard.DailyFigures> daily(MerchantId merchant, ZoneId zone, LocalDate from, LocalDate until) {
        record Sums(long orders, long revenueFen, long customers) {
        }
        Map<LocalDate, Sums> days = new TreeMap<>();
        sql.query("""
                select (created_at at time zone ?)::date, count(*), coalesce(sum(total_fen), 0)
                from customer_order
                where merchant_id = ? and created_at >= ? and created_at < ?
                  and status not in ('DRAFT', 'CLOSED', 'VOIDED')
                group by 1""", s -> bindWindow(s, merchant, zone, from, until),
                r -> days.put(r.getObject(1, LocalDate.class), new Sums(r.getLong(2), r.getLong(3), 0)));
        sql.query("""
                select (registered_at at time zone ?)::date, count(*) from customer
                where merchant_id = ? and registered_at >= ? and registered_at < ?
                group by 1""", s -> bindWindow(s, merchant, zone, from, until), r -> {
            LocalDate day = r.getObject(1, LocalDate.class);
            Sums o = days.getOrDefault(day, new Sums(0, 0, 0));
            return days.put(day, new Sums(o.orders(), o.revenueFen(), r.getLong(2)));
        });
        List<Dashboard.DailyFigures> figures = new ArrayList<>();
        days.forEach((day, s) -> figures.add(new Dashboard.DailyFigures(day, s.orders(), Money.ofMinor(s.revenueFen()),
                s.customers())));
        return figures;
    }

    private static void bindWindow(java.sql.PreparedStatement s, MerchantId merchant, ZoneId zone, LocalDate from,
                                   LocalDate until) throws java.sql.SQLException {
        s.setString(1, zone.getId());
        s.setString(2, merchant.value());
        s.setObject(3, utc(from.atStartOfDay(zone).toInstant()));
        s.setObject(4, utc(until.atStartOfDay(zone).toInstant()));
    }

    /**
     * Waiting for the merchant: return requests to review, to receive or to decide once received;
     * refund-only requests to review, and paid orders whose cancellation was asked (取消中), which
     * are refunded as a cancellation. A return approved but not sent back yet waits for the customer.
     */
    @Override
    public AfterSalesWaiting afterSalesWaiting(MerchantId merchant) {
        return sql.queryOne("""
                select (select count(*) from after_sale where merchant_id = ? and type = 'RETURN_AND_REFUND'
                            and status in ('REQUESTED', 'RETURN_SHIPPED', 'RETURN_RECEIVED')),
                       (select count(*) from after_sale where merchant_id = ? and type = 'REFUND_ONLY'
                            and status = 'REQUESTED')
                     + (select count(*) from customer_order where merchant_id = ? and status = 'CANCELLING')""", s -> {
            s.setString(1, merchant.value());
            s.setString(2, merchant.value());
            s.setString(3, merchant.value());
        }, r -> new AfterSalesWaiting(r.getLong(1), r.getLong(2))).orElseThrow();
    }
}
