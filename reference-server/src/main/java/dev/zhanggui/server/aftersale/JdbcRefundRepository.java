package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundDestination;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.aftersale.RefundPart;
import dev.zhanggui.aftersale.RefundRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Refunds in PostgreSQL: the aggregate (lines, split per tender, parts) as a jsonb document plus the
 * columns it is found by: the order, the request, the gateway's refund number, and the status
 * derived from its parts for the list of refunds to follow up. Unique indexes keep one refund per
 * request and one cancellation refund per order; an update is conditional on the version read.
 */
public class JdbcRefundRepository implements RefundRepository {
    private static final String COLUMNS = """
            id, merchant_id, order_id, order_number, customer_id, origin, after_sale_id, manual, created_at, version,
            document""";

    private final JdbcStatements sql;

    public JdbcRefundRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Refund r) {
        try {
            sql.update("""
                    insert into refund (id, merchant_id, order_id, order_number, customer_id, origin, after_sale_id,
                        manual, status, amount_fen, out_refund_no, created_at, version, document)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", s -> {
                s.setObject(1, r.id().value());
                s.setString(2, r.merchant().value());
                s.setObject(3, r.order().value());
                s.setString(4, r.orderNumber());
                s.setObject(5, r.customer().value());
                s.setString(6, r.origin().name());
                s.setObject(7, r.afterSale().map(AfterSaleId::value).orElse(null));
                s.setBoolean(8, r.manual());
                s.setString(9, r.status().name());
                s.setLong(10, r.amount().minorUnits());
                s.setString(11, outRefundNo(r).orElse(null));
                s.setObject(12, utc(r.createdAt()));
                s.setLong(13, r.version());
                s.setString(14, AfterSaleDocuments.write(r));
            });
        } catch (JdbcStatements.UniqueViolation e) {
            throw new DomainException(ErrorCode.AFTERSALE_ALREADY_REFUNDED,
                    "Order " + r.orderNumber() + " has this refund already");
        }
    }

    @Override
    public void update(Refund r, long expectedVersion) {
        int changed = sql.update("""
                update refund set status = ?, version = ?, document = ?::jsonb
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, r.status().name());
            s.setLong(2, r.version());
            s.setString(3, AfterSaleDocuments.write(r));
            s.setString(4, r.merchant().value());
            s.setObject(5, r.id().value());
            s.setLong(6, expectedVersion);
        });
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Refund " + r.id() + " changed meanwhile");
        }
    }

    @Override
    public Optional<Refund> find(MerchantId merchant, RefundId id) {
        return sql.queryOne("select " + COLUMNS + " from refund where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcRefundRepository::refund);
    }

    @Override
    public Optional<Refund> findByOutRefundNo(String outRefundNo) {
        return sql.queryOne("select " + COLUMNS + " from refund where out_refund_no = ?",
                s -> s.setString(1, outRefundNo), JdbcRefundRepository::refund);
    }

    @Override
    public List<Refund> ofOrder(MerchantId merchant, OrderId order) {
        return sql.query("select " + COLUMNS + " from refund where merchant_id = ? and order_id = ? "
                + "order by created_at, id", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, order.value());
        }, JdbcRefundRepository::refund);
    }

    @Override
    public List<Refund> ofOrders(MerchantId merchant, Collection<OrderId> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        return sql.query("select " + COLUMNS + " from refund where merchant_id = ? and order_id = any(?) "
                + "order by created_at, id", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, JdbcStatements.uuids(s, orders.stream().map(OrderId::value).toList()));
        }, JdbcRefundRepository::refund);
    }

    @Override
    public List<Refund> unsettled(MerchantId merchant) {
        return sql.query("select " + COLUMNS + " from refund where merchant_id = ? and status <> 'SUCCEEDED' "
                + "order by created_at, id", s -> s.setString(1, merchant.value()), JdbcRefundRepository::refund);
    }

    private static Optional<String> outRefundNo(Refund r) {
        return r.parts().stream().filter(p -> p.destination() == RefundDestination.PAYMENT_GATEWAY)
                .map(RefundPart::key).findFirst();
    }

    private static Refund refund(ResultSet r) throws SQLException {
        UUID afterSale = r.getObject("after_sale_id", UUID.class);
        return AfterSaleDocuments.read(new AfterSaleDocuments.RefundColumns(new RefundId(r.getObject("id", UUID.class)),
                MerchantId.of(r.getString("merchant_id")), new OrderId(r.getObject("order_id", UUID.class)),
                r.getString("order_number"), new CustomerId(r.getObject("customer_id", UUID.class)),
                Refund.Origin.valueOf(r.getString("origin")),
                Optional.ofNullable(afterSale).map(AfterSaleId::new), r.getBoolean("manual"),
                instant(r, "created_at"), r.getLong("version")), r.getString("document"));
    }
}
