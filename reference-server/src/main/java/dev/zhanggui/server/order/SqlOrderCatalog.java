package dev.zhanggui.server.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.OrderCatalog;
import dev.zhanggui.order.SkuDescription;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an order line keeps of its SKU (product name, SKU code, spec values), read in one query. */
public class SqlOrderCatalog implements OrderCatalog {
    private final JdbcStatements sql;

    public SqlOrderCatalog(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Map<SkuId, SkuDescription> describe(MerchantId merchant, Collection<SkuId> skus) {
        Map<SkuId, SkuDescription> described = new HashMap<>();
        if (skus.isEmpty()) {
            return described;
        }
        sql.query("""
                select s.id, s.product_id, p.name, s.code, s.spec_values from sku s join product p on p.id = s.product_id
                where s.merchant_id = ? and s.id = any(?)""", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, JdbcStatements.uuids(s, skus.stream().map(SkuId::value).toList()));
        }, r -> new SkuDescription(new SkuId(r.getObject(1, UUID.class)), new ProductId(r.getObject(2, UUID.class)),
                r.getString(3), r.getString(4), specValues(r.getString(5))))
                .forEach(d -> described.put(d.sku(), d));
        return described;
    }

    private static List<String> specValues(String json) {
        try {
            List<String> values = new ArrayList<>();
            for (JsonNode n : OrderDocuments.JSON.readTree(json)) {
                values.add(n.path("value").asText());
            }
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable spec values", e);
        }
    }
}
