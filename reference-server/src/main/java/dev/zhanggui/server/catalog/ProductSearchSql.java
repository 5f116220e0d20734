package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductSort;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of one page of a product list. Text matches name, code and barcode by substring
 * ({@code ILIKE '%q%'}, served by the trigram indexes; Chinese substrings included) and SKU codes
 * and barcodes exactly; a category includes its sub-categories (a recursive walk down
 * {@code category.parent_id}); a store keeps the products with a stock record there. Pages use a keyset: the cursor is {@code SORT|key|id}, and the next
 * page starts strictly after that (key, id) in the sort's order.
 */
final class ProductSearchSql {
    final String sql;
    final Map<String, Object> parameters = new LinkedHashMap<>();

    ProductSearchSql(MerchantId merchant, ProductQuery query, Optional<String> afterPosition, int limit) {
        StringBuilder s = new StringBuilder();
        parameters.put("m", merchant.value());
        query.category().ifPresent(c -> {
            s.append("with recursive tree(id) as (select id from category where id = :category and merchant_id = :m"
                    + " union all select c.id from category c join tree t on c.parent_id = t.id) ");
            parameters.put("category", c.value());
        });
        s.append("select p.* from product p where p.merchant_id = :m");
        query.status().ifPresent(status -> {
            s.append(" and p.status = :status");
            parameters.put("status", status.name());
        });
        if (query.category().isPresent()) {
            s.append(" and exists (select 1 from product_category pc where pc.product_id = p.id"
                    + " and pc.category_id in (select id from tree))");
        }
        query.store().ifPresent(store -> {
            // The products the store stocks: a SKU with a stock record there (served by stock_level_store).
            s.append(" and p.id in (select k.product_id from stock_level l join sku k on k.id = l.sku_id"
                    + " where l.merchant_id = :m and l.store_id = :store)");
            parameters.put("store", store.value());
        });
        query.text().ifPresent(text -> {
            // Two indexed lookups joined by union: products by substring (one bitmap scan over the
            // trigram indexes), and SKUs by exact code or barcode.
            s.append(" and p.id in (select t.id from product t where t.merchant_id = :m and (t.name ilike :like"
                    + " or t.code ilike :like or t.barcode ilike :like)"
                    + " union select k.product_id from sku k where k.merchant_id = :m"
                    + " and (k.code = :text or k.barcode = :text))");
            parameters.put("like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.put("text", text);
        });
        ProductSort sort = query.sort();
        afterPosition.ifPresent(position -> keyset(s, sort, position));
        s.append(" order by ").append(switch (sort) {
            case MERCHANT -> "p.sort_order, p.id";
            case NEWEST -> "p.id desc";
            case PRICE_ASC -> "p.lowest_price, p.id";
            case PRICE_DESC -> "p.lowest_price desc, p.id desc";
            case SALES -> "p.sales_count desc, p.id desc";
        });
        s.append(" limit ").append(limit + 1);
        this.sql = s.toString();
    }

    private void keyset(StringBuilder s, ProductSort sort, String position) {
        String[] parts = position.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(sort.name())) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID,
                    "The cursor belongs to another sort or is damaged");
        }
        try {
            parameters.put("afterId", UUID.fromString(parts[2]));
            switch (sort) {
                case MERCHANT -> s.append(" and (p.sort_order, p.id) > (:afterKey, :afterId)");
                case NEWEST -> s.append(" and p.id < :afterId");
                case PRICE_ASC -> s.append(" and (p.lowest_price, p.id) > (:afterKey, :afterId)");
                case PRICE_DESC -> s.append(" and (p.lowest_price, p.id) < (:afterKey, :afterId)");
                case SALES -> s.append(" and (p.sales_count, p.id) < (:afterKey, :afterId)");
            }
            switch (sort) {
                case MERCHANT -> parameters.put("afterKey", Integer.valueOf(parts[1]));
                case PRICE_ASC, PRICE_DESC -> parameters.put("afterKey", new BigDecimal(parts[1]));
                case SALES -> parameters.put("afterKey", Long.valueOf(parts[1]));
                case NEWEST -> { }
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    /** The position of a row in the sort's order, as a cursor names it. */
    static String position(ProductSort sort, Product row) {
        String key = switch (sort) {
            case MERCHANT -> String.valueOf(row.details().sortOrder());
            case NEWEST -> "";
            case PRICE_ASC, PRICE_DESC -> row.lowestPrice().amount().toPlainString();
            case SALES -> String.valueOf(row.salesCount());
        };
        return sort.name() + "|" + key + "|" + row.id();
    }
}
