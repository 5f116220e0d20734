package dev.zhanggui.server.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Cart;
import dev.zhanggui.order.CartRepository;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Carts in PostgreSQL, one row per customer with its lines as jsonb; a save is conditional on the version read. */
public class JdbcCartRepository implements CartRepository {
    private final JdbcStatements sql;
    private final Runnable flushPending;
    private final Clock clock;

    public JdbcCartRepository(JdbcStatements sql, Runnable flushPending, Clock clock) {
        this.sql = sql;
        this.flushPending = flushPending;
        this.clock = clock;
    }

    @Override
    public Optional<Cart> find(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("select lines, version from cart where merchant_id = ? and customer_id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, r -> new Cart(merchant, customer, lines(r.getString(1)), r.getLong(2)));
    }

    @Override
    public void save(Cart cart, long expectedVersion) {
        int changed;
        if (expectedVersion == 0) {
            flushPending.run();
            changed = sql.update("""
                    insert into cart (merchant_id, customer_id, lines, updated_at, version) values (?, ?, ?::jsonb, ?, ?)
                    on conflict (merchant_id, customer_id) do update
                    set lines = excluded.lines, updated_at = excluded.updated_at, version = excluded.version
                    where cart.version = 0""", s -> bind(s, cart));
        } else {
            changed = sql.update("""
                    update cart set lines = ?::jsonb, updated_at = ?, version = ?
                    where merchant_id = ? and customer_id = ? and version = ?""", s -> {
                s.setString(1, write(cart.lines()));
                s.setObject(2, utc(clock.instant()));
                s.setLong(3, cart.version());
                s.setString(4, cart.merchant().value());
                s.setObject(5, cart.customer().value());
                s.setLong(6, expectedVersion);
            });
        }
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The cart changed meanwhile; read it again");
        }
    }

    private void bind(java.sql.PreparedStatement s, Cart cart) throws java.sql.SQLException {
        s.setString(1, cart.merchant().value());
        s.setObject(2, cart.customer().value());
        s.setString(3, write(cart.lines()));
        s.setObject(4, utc(clock.instant()));
        s.setLong(5, cart.version());
    }

    private static String write(List<CartLine> lines) {
        ArrayNode array = OrderDocuments.JSON.createArrayNode();
        lines.forEach(l -> {
            var node = array.addObject().put("sku", l.sku().toString()).put("quantity", l.quantity());
            l.store().ifPresent(s -> node.put("store", s.toString()));
        });
        return array.toString();
    }

    private static List<CartLine> lines(String text) {
        try {
            List<CartLine> lines = new ArrayList<>();
            for (JsonNode n : OrderDocuments.JSON.readTree(text)) {
                lines.add(new CartLine(SkuId.parse(n.get("sku").asText()), n.get("quantity").asInt(),
                        Optional.ofNullable(n.get("store")).map(s -> StoreId.parse(s.asText()))));
            }
            return lines;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable cart", e);
        }
    }
}
