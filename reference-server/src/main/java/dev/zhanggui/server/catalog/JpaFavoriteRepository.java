package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.FavoriteRepository;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Favourites in PostgreSQL. A page costs the page of favourites (joined to the products on sale)
 * and then the statements of a page of products. Times travel as ISO text, to the microsecond the
 * database keeps, so that a cursor names a stored time exactly.
 */
@ApplicationScoped
public class JpaFavoriteRepository implements FavoriteRepository {
    @Inject
    EntityManager em;
    @Inject
    JpaProductRepository products;

    @Override
    public boolean contains(MerchantId merchant, CustomerId customer, ProductId product) {
        return !em.createNativeQuery("select 1 from favorite where merchant_id = ?1 and customer_id = ?2"
                        + " and product_id = ?3")
                .setParameter(1, merchant.value()).setParameter(2, customer.value()).setParameter(3, product.value())
                .getResultList().isEmpty();
    }

    @Override
    public int count(MerchantId merchant, CustomerId customer) {
        // Concurrent adds of one customer queue on the customer's row: count and insert stay together.
        em.createNativeQuery("select 1 from customer where id = ?1 and merchant_id = ?2 for update")
                .setParameter(1, customer.value()).setParameter(2, merchant.value()).getResultList();
        Number n = (Number) em.createNativeQuery("select count(*) from favorite where merchant_id = ?1"
                        + " and customer_id = ?2")
                .setParameter(1, merchant.value()).setParameter(2, customer.value()).getSingleResult();
        return n.intValue();
    }

    @Override
    public void add(MerchantId merchant, CustomerId customer, ProductId product, Instant at) {
        em.createNativeQuery("insert into favorite (merchant_id, customer_id, product_id, created_at)"
                        + " values (?1, ?2, ?3, cast(?4 as timestamptz)) on conflict do nothing")
                .setParameter(1, merchant.value()).setParameter(2, customer.value()).setParameter(3, product.value())
                .setParameter(4, at.toString()).executeUpdate();
    }

    @Override
    public void remove(MerchantId merchant, CustomerId customer, ProductId product) {
        em.createNativeQuery("delete from favorite where merchant_id = ?1 and customer_id = ?2 and product_id = ?3")
                .setParameter(1, merchant.value()).setParameter(2, customer.value()).setParameter(3, product.value())
                .executeUpdate();
    }

    @Override
    public Page<Product> listOnSale(MerchantId merchant, CustomerId customer, PageRequest page) {
        Optional<String[]> after = page.afterPosition().map(JpaFavoriteRepository::parse);
        Query sql = em.createNativeQuery("select cast(f.product_id as varchar),"
                + " to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from favorite f join product p on p.id = f.product_id and p.status = 'ON_SALE'"
                + " where f.merchant_id = ?1 and f.customer_id = ?2"
                + (after.isPresent() ? " and (f.created_at, f.product_id) < (cast(?4 as timestamptz), ?5)" : "")
                + " order by f.created_at desc, f.product_id desc limit ?3");
        sql.setParameter(1, merchant.value()).setParameter(2, customer.value()).setParameter(3, page.limit() + 1);
        after.ifPresent(a -> sql.setParameter(4, a[0]).setParameter(5, UUID.fromString(a[1])));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        Page<Object[]> found = Page.fromOverfetch(rows, page.limit(), r -> r[1] + "|" + r[0]);
        if (found.items().isEmpty()) {
            return new Page<>(List.of(), List.of(), Optional.empty());
        }
        List<UUID> ids = found.items().stream().map(r -> UUID.fromString((String) r[0])).toList();
        Map<UUID, Product> byId = products.assemble(em.createQuery("from ProductEntity where id in :ids",
                        ProductEntity.class).setParameter("ids", ids).getResultList())
                .stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        return found.map(r -> byId.get(UUID.fromString((String) r[0])));
    }

    /** The time and the product id of a cursor, refused with {@code PAGE_CURSOR_INVALID} if tampered. */
    private static String[] parse(String position) {
        try {
            String[] parts = position.split("\\|");
            return new String[] {Instant.parse(parts[0]).toString(), UUID.fromString(parts[1]).toString()};
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
