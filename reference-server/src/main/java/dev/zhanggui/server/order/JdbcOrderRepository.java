package dev.zhanggui.server.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.Verification;
import dev.zhanggui.order.VerificationFilter;
import dev.zhanggui.order.VerificationTotals;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.optionalInstant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Orders in PostgreSQL: the aggregate as a jsonb document plus the columns it is queried by, all
 * written from the aggregate in one statement; its lines once more in {@code order_line} for the
 * purchase questions of other contexts. An update is conditional on the version read. The job
 * claims lock the rows they return with {@code FOR UPDATE SKIP LOCKED}.
 */
public class JdbcOrderRepository implements OrderRepository {
    static final String COLUMNS = """
            id, merchant_id, number, customer_id, status, created_at, payment_deadline, receipt_due, version, document""";

    private final JdbcStatements sql;
    private final Runnable flushPending;

    /** @param flushPending writes what JPA holds of the transaction (a customer registered in it) before an order refers to it */
    public JdbcOrderRepository(JdbcStatements sql, Runnable flushPending) {
        this.sql = sql;
        this.flushPending = flushPending;
    }

    @Override
    public void add(Order o) {
        flushPending.run();
        try {
            sql.update("""
                    insert into customer_order (id, merchant_id, number, customer_id, status, source, salesperson,
                        tender_types, total_fen, amount_due_fen, unsettled_cod, verification_code, verified_by,
                        verified_at, payment_deadline, receipt_due, completed_at, created_at, updated_at, version,
                        document)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", s -> {
                s.setObject(1, o.id().value());
                s.setString(2, o.merchant().value());
                s.setString(3, o.number());
                s.setObject(4, o.customer().value());
                s.setString(5, o.status().name());
                s.setString(6, o.origin().source().name());
                s.setString(7, o.origin().salesperson().orElse(null));
                bindDerived(s, 8, o);
                s.setObject(18, utc(o.createdAt()));
                s.setObject(19, utc(lastChange(o)));
                s.setLong(20, o.version());
                s.setString(21, OrderDocuments.write(o));
            });
        } catch (JdbcStatements.UniqueViolation e) {
            throw new IllegalStateException("order " + o.number() + " or its verification code exists already", e);
        }
        sql.batch("""
                insert into order_line (id, order_id, line, merchant_id, customer_id, sku_id, product_id, quantity,
                    total_fen, price_tier, price_source_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", o.lines(), (s, l) -> {
            s.setObject(1, lineId(o.id(), l.index()));
            s.setObject(2, o.id().value());
            s.setInt(3, l.index());
            s.setString(4, o.merchant().value());
            s.setObject(5, o.customer().value());
            s.setObject(6, l.sku().sku().value());
            s.setObject(7, l.sku().product().value());
            s.setInt(8, l.quantity());
            s.setLong(9, l.total().minorUnits());
            s.setString(10, l.unitPrice().tier().name());
            s.setString(11, l.unitPrice().sourceId().orElse(null));
        });
    }

    @Override
    public void update(Order o, long expectedVersion) {
        int changed = sql.update("""
                update customer_order set status = ?, tender_types = ?, total_fen = ?, amount_due_fen = ?,
                    unsettled_cod = ?, verification_code = ?, verified_by = ?, verified_at = ?, payment_deadline = ?,
                    receipt_due = ?, completed_at = ?, updated_at = ?, version = ?, document = ?::jsonb
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, o.status().name());
            bindDerived(s, 2, o);
            s.setObject(12, utc(lastChange(o)));
            s.setLong(13, o.version());
            s.setString(14, OrderDocuments.write(o));
            s.setString(15, o.merchant().value());
            s.setObject(16, o.id().value());
            s.setLong(17, expectedVersion);
        });
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Order " + o.number() + " changed meanwhile");
        }
    }

    /** Binds the ten derived columns from tender_types to completed_at, starting at {@code at}. */
    private static void bindDerived(PreparedStatement s, int at, Order o) throws SQLException {
        Set<TenderType> types = EnumSet.of(o.plan().rest());
        o.tenders().stream().map(Tender::type).forEach(types::add);
        s.setArray(at, s.getConnection().createArrayOf("varchar", types.stream().map(Enum::name).toArray()));
        s.setLong(at + 1, o.total().minorUnits());
        s.setLong(at + 2, o.amountDue().minorUnits());
        s.setBoolean(at + 3, o.hasUnsettledCashOnDelivery());
        s.setString(at + 4, o.verification().map(Verification::code).orElse(null));
        s.setString(at + 5, o.verification().flatMap(Verification::verifiedBy).orElse(null));
        s.setObject(at + 6, utc(o.verification().flatMap(Verification::verifiedAt).orElse(null)));
        s.setObject(at + 7, utc(o.paymentDeadline().orElse(null)));
        s.setObject(at + 8, utc(o.receiptDue().orElse(null)));
        s.setObject(at + 9, utc(o.events().stream().filter(e -> e.to() == OrderStatus.COMPLETED
                && e.action() != OrderAction.SETTLE_COD).map(OrderEvent::at).findFirst().orElse(null)));
    }

    private static Instant lastChange(Order o) {
        return o.events().isEmpty() ? o.createdAt() : o.events().getLast().at();
    }

    /** The id of an order line, derived from the order and the line's index (reviews keep it). */
    public static UUID lineId(OrderId order, int index) {
        return UUID.nameUUIDFromBytes((order.value() + "#" + index).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<Order> find(MerchantId merchant, OrderId id) {
        return one("merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    @Override
    public Optional<Order> findByNumber(MerchantId merchant, String number) {
        return one("merchant_id = ? and number = ?", s -> {
            s.setString(1, merchant.value());
            s.setString(2, number);
        });
    }

    @Override
    public Optional<Order> lockByNumber(MerchantId merchant, String number) {
        return sql.queryOne("select " + COLUMNS + " from customer_order where merchant_id = ? and number = ? for update",
                s -> {
                    s.setString(1, merchant.value());
                    s.setString(2, number);
                }, JdbcOrderRepository::order);
    }

    @Override
    public Optional<Order> findByVerificationCode(MerchantId merchant, String code) {
        return one("merchant_id = ? and verification_code = ?", s -> {
            s.setString(1, merchant.value());
            s.setString(2, code);
        });
    }

    private Optional<Order> one(String where, JdbcStatements.Binder binder) {
        return sql.queryOne("select " + COLUMNS + " from customer_order where " + where, binder,
                JdbcOrderRepository::order);
    }

    @Override
    public Page<Order> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        OrderQuery q = new OrderQuery(merchant).with("customer_id = ?", customer.value());
        return newestFirst(q, page);
    }

    @Override
    public Page<Order> list(MerchantId merchant, OrderFilter filter, PageRequest page) {
        return newestFirst(OrderQuery.of(merchant, filter), page);
    }

    @Override
    public Money totalOf(MerchantId merchant, OrderFilter filter) {
        OrderQuery q = OrderQuery.of(merchant, filter);
        return sql.queryOne("select coalesce(sum(total_fen), 0) from customer_order where " + q.where(), q::bind,
                r -> Money.ofMinor(r.getLong(1))).orElseThrow();
    }

    private Page<Order> newestFirst(OrderQuery q, PageRequest page) {
        page.afterPosition().ifPresent(after -> q.with("id < ?", cursorId(after)));
        return Page.fromOverfetch(sql.query("select " + COLUMNS + " from customer_order where " + q.where()
                        + " order by id desc limit " + (page.limit() + 1), q::bind, JdbcOrderRepository::order),
                page.limit(), o -> o.id().toString());
    }

    @Override
    public Page<Order> verified(MerchantId merchant, VerificationFilter filter, PageRequest page) {
        OrderQuery q = OrderQuery.verified(merchant, filter);
        page.afterPosition().ifPresent(after -> {
            int bar = after.indexOf('|');
            if (bar < 0) {
                throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
            }
            Instant at;
            try {
                at = Instant.parse(after.substring(0, bar));
            } catch (RuntimeException e) {
                throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
            }
            q.with("(verified_at, id) < (?, ?)", utc(at), cursorId(after.substring(bar + 1)));
        });
        return Page.fromOverfetch(sql.query("select " + COLUMNS + " from customer_order where " + q.where()
                        + " order by verified_at desc, id desc limit " + (page.limit() + 1), q::bind,
                JdbcOrderRepository::order), page.limit(),
                o -> o.verification().flatMap(Verification::verifiedAt).orElseThrow() + "|" + o.id());
    }

    @Override
    public VerificationTotals verificationTotals(MerchantId merchant, VerificationFilter filter) {
        OrderQuery q = OrderQuery.verified(merchant, filter);
        return sql.queryOne("select count(*), coalesce(sum(total_fen), 0) from customer_order where " + q.where(),
                q::bind, r -> new VerificationTotals(r.getLong(1), Money.ofMinor(r.getLong(2)))).orElseThrow();
    }

    @Override
    public long countPlaced(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("""
                select count(*) from customer_order
                where merchant_id = ? and customer_id = ? and status not in ('DRAFT', 'CLOSED', 'VOIDED')""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, r -> r.getLong(1)).orElseThrow();
    }

    @Override
    public boolean hasUnsettledCashOnDelivery(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("""
                select exists (select 1 from customer_order
                               where merchant_id = ? and customer_id = ? and unsettled_cod)""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, r -> r.getBoolean(1)).orElseThrow();
    }

    @Override
    public List<Order> claimUnpaidDue(Instant now, int limit) {
        return claim("status = 'PENDING_PAYMENT' and payment_deadline <= ? order by payment_deadline", now, limit);
    }

    @Override
    public List<Order> claimReceiptDue(Instant now, int limit) {
        return claim("status = 'SHIPPED' and receipt_due <= ? order by receipt_due", now, limit);
    }

    private List<Order> claim(String condition, Instant now, int limit) {
        return sql.query("select " + COLUMNS + " from customer_order where " + condition
                + " limit ? for update skip locked", s -> {
            s.setObject(1, utc(now));
            s.setInt(2, limit);
        }, JdbcOrderRepository::order);
    }

    static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    static Order order(ResultSet r) throws SQLException {
        return OrderDocuments.read(new OrderDocuments.Columns(new OrderId(r.getObject("id", UUID.class)),
                MerchantId.of(r.getString("merchant_id")), r.getString("number"),
                new CustomerId(r.getObject("customer_id", UUID.class)), OrderStatus.valueOf(r.getString("status")),
                instant(r, "created_at"), optionalInstant(r, "payment_deadline"), optionalInstant(r, "receipt_due"),
                r.getLong("version")), r.getString("document"));
    }

    /** A where clause over customer_order built from a filter, and the values it binds, in order. */
    static final class OrderQuery {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        OrderQuery(MerchantId merchant) {
            with("merchant_id = ?", merchant.value());
        }

        static OrderQuery of(MerchantId merchant, OrderFilter f) {
            OrderQuery q = new OrderQuery(merchant);
            f.status().ifPresent(s -> q.with("status = ?", s.name()));
            f.from().ifPresent(t -> q.with("created_at >= ?", utc(t)));
            f.until().ifPresent(t -> q.with("created_at < ?", utc(t)));
            f.customer().ifPresent(c -> q.with("customer_id = ?", c.value()));
            f.source().ifPresent(s -> q.with("source = ?", s.name()));
            f.salesperson().ifPresent(s -> q.with("salesperson = ?", s));
            f.tender().ifPresent(t -> q.with("? = any(tender_types)", t.name()));
            return q;
        }

        static OrderQuery verified(MerchantId merchant, VerificationFilter f) {
            OrderQuery q = new OrderQuery(merchant);
            q.conditions.add("verified_at is not null");
            f.verifiedBy().ifPresent(s -> q.with("verified_by = ?", s));
            f.from().ifPresent(t -> q.with("verified_at >= ?", utc(t)));
            f.until().ifPresent(t -> q.with("verified_at < ?", utc(t)));
            return q;
        }

        OrderQuery with(String condition, Object... bound) {
            conditions.add(condition);
            values.addAll(List.of(bound));
            return this;
        }

        String where() {
            return String.join(" and ", conditions);
        }

        void bind(PreparedStatement s) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
        }
    }
}
