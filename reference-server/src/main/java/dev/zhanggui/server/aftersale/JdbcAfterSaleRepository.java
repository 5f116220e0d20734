package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleLine;
import dev.zhanggui.aftersale.AfterSaleRepository;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * After-sales requests in PostgreSQL: the aggregate as a jsonb document plus the columns it is listed
 * and counted by, and its lines once more in {@code after_sale_line} with whether the request still
 * holds them. Adding locks the order's row first, so that two requests of one order are added one
 * after the other and the second sees the first; a partial unique index on the open lines is the
 * last word. An update is conditional on the version read.
 */
public class JdbcAfterSaleRepository implements AfterSaleRepository {
    private static final String COLUMNS = """
            id, merchant_id, order_id, order_number, customer_id, type, status, requested_at, version, document""";
    private static final Keyset<AfterSale> NEWEST_FIRST = Keyset.newestFirst("id", a -> a.id().value());

    private final JdbcStatements sql;

    public JdbcAfterSaleRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(AfterSale a) {
        sql.queryOne("select id from customer_order where merchant_id = ? and id = ? for update", s -> {
            s.setString(1, a.merchant().value());
            s.setObject(2, a.order().value());
        }, r -> r.getObject(1)).orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND,
                "No order " + a.orderNumber()));
        boolean taken = ofOrder(a.merchant(), a.order()).stream().filter(AfterSale::isOpen)
                .anyMatch(open -> a.lines().stream().map(AfterSaleLine::line).anyMatch(open::covers));
        if (taken) {
            throw lineTaken(a);
        }
        sql.update("""
                insert into after_sale (id, merchant_id, order_id, order_number, customer_id, type, status, refund_id,
                    requested_at, updated_at, version, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", s -> {
            s.setObject(1, a.id().value());
            s.setString(2, a.merchant().value());
            s.setObject(3, a.order().value());
            s.setString(4, a.orderNumber());
            s.setObject(5, a.customer().value());
            s.setString(6, a.type().name());
            s.setString(7, a.status().name());
            s.setObject(8, a.refund().map(r -> r.value()).orElse(null));
            s.setObject(9, utc(a.requestedAt()));
            s.setObject(10, utc(a.events().getLast().at()));
            s.setLong(11, a.version());
            s.setString(12, AfterSaleDocuments.write(a));
        });
        // one statement per line (a request has few): a unique violation is then told apart from other failures
        for (AfterSaleLine l : a.lines()) {
            try {
                sql.update("""
                        insert into after_sale_line (after_sale_id, line, merchant_id, order_id, quantity, open)
                        values (?, ?, ?, ?, ?, ?)""", s -> {
                    s.setObject(1, a.id().value());
                    s.setInt(2, l.line());
                    s.setString(3, a.merchant().value());
                    s.setObject(4, a.order().value());
                    s.setInt(5, l.quantity());
                    s.setBoolean(6, a.isOpen());
                });
            } catch (JdbcStatements.UniqueViolation e) {
                throw lineTaken(a);
            }
        }
    }

    private static DomainException lineTaken(AfterSale a) {
        return new DomainException(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST,
                "A line of order " + a.orderNumber() + " has an open after-sales request");
    }

    @Override
    public void update(AfterSale a, long expectedVersion) {
        int changed = sql.update("""
                update after_sale set status = ?, refund_id = ?, updated_at = ?, version = ?, document = ?::jsonb
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, a.status().name());
            s.setObject(2, a.refund().map(r -> r.value()).orElse(null));
            s.setObject(3, utc(a.events().getLast().at()));
            s.setLong(4, a.version());
            s.setString(5, AfterSaleDocuments.write(a));
            s.setString(6, a.merchant().value());
            s.setObject(7, a.id().value());
            s.setLong(8, expectedVersion);
        });
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "After-sales request " + a.id() + " changed meanwhile");
        }
        if (!a.isOpen()) {
            sql.update("update after_sale_line set open = false where merchant_id = ? and after_sale_id = ? and open",
                    s -> {
                        s.setString(1, a.merchant().value());
                        s.setObject(2, a.id().value());
                    });
        }
    }

    @Override
    public Optional<AfterSale> find(MerchantId merchant, AfterSaleId id) {
        return sql.queryOne("select " + COLUMNS + " from after_sale where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcAfterSaleRepository::afterSale);
    }

    @Override
    public List<AfterSale> ofOrder(MerchantId merchant, OrderId order) {
        return sql.query("select " + COLUMNS + " from after_sale where merchant_id = ? and order_id = ? order by id",
                s -> {
                    s.setString(1, merchant.value());
                    s.setObject(2, order.value());
                }, JdbcAfterSaleRepository::afterSale);
    }

    @Override
    public Page<AfterSale> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        return sql.page("select " + COLUMNS + " from after_sale where merchant_id = ? and customer_id = ?",
                List.of(merchant.value(), customer.value()), NEWEST_FIRST, page, JdbcAfterSaleRepository::afterSale);
    }

    @Override
    public Page<AfterSale> list(MerchantId merchant, AfterSaleFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("select " + COLUMNS + " from after_sale where merchant_id = ?");
        List<Object> values = new ArrayList<>(List.of(merchant.value()));
        filter.status().ifPresent(s -> {
            where.append(" and status = ?");
            values.add(s.name());
        });
        filter.type().ifPresent(t -> {
            where.append(" and type = ?");
            values.add(t.name());
        });
        filter.from().ifPresent(t -> {
            where.append(" and requested_at >= ?");
            values.add(utc(t));
        });
        filter.until().ifPresent(t -> {
            where.append(" and requested_at < ?");
            values.add(utc(t));
        });
        return sql.page(where.toString(), values, NEWEST_FIRST, page, JdbcAfterSaleRepository::afterSale);
    }

    private static AfterSale afterSale(ResultSet r) throws SQLException {
        return AfterSaleDocuments.read(new AfterSaleDocuments.RequestColumns(
                new AfterSaleId(r.getObject("id", UUID.class)), MerchantId.of(r.getString("merchant_id")),
                new OrderId(r.getObject("order_id", UUID.class)), r.getString("order_number"),
                new CustomerId(r.getObject("customer_id", UUID.class)), AfterSaleType.valueOf(r.getString("type")),
                AfterSaleStatus.valueOf(r.getString("status")), instant(r, "requested_at"), r.getLong("version")),
                r.getString("document"));
    }
}
