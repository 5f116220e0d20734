package dev.zhanggui.server.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.MerchantReply;
import dev.zhanggui.catalog.review.Moderation;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.Review;
import dev.zhanggui.catalog.review.ReviewContent;
import dev.zhanggui.catalog.review.ReviewFilter;
import dev.zhanggui.catalog.review.ReviewId;
import dev.zhanggui.catalog.review.ReviewRepository;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reviews in PostgreSQL, by plain SQL: a page is one statement, the star counts of any number of
 * products one more. Ids travel as text and times as ISO text to the microsecond, so that a
 * cursor names a stored time exactly. One review per order line is a unique index, so concurrent
 * posts for a line store one review and the others find the line taken.
 */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";
    private static final String COLUMNS = "select cast(id as varchar), merchant_id, cast(product_id as varchar),"
            + " cast(customer_id as varchar), cast(order_line_id as varchar), reviewer_name, rating, body,"
            + " cast(images as varchar), to_char(created_at at time zone 'UTC', " + ISO + "), hidden_reason,"
            + " to_char(hidden_at at time zone 'UTC', " + ISO + "), hidden_by, reply_text,"
            + " to_char(replied_at at time zone 'UTC', " + ISO + "), replied_by, version from review";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Override
    public Optional<Review> find(MerchantId merchant, ReviewId id) {
        return rows(em.createNativeQuery(COLUMNS + " where merchant_id = :m and id = :id")
                .setParameter("m", merchant.value()).setParameter("id", id.value())).stream().findFirst();
    }

    @Override
    public Set<OrderLineId> reviewedLines(MerchantId merchant, CustomerId customer, ProductId product) {
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery("select cast(order_line_id as varchar) from review"
                        + " where merchant_id = :m and customer_id = :c and product_id = :p and order_line_id is not null")
                .setParameter("m", merchant.value()).setParameter("c", customer.value())
                .setParameter("p", product.value()).getResultList();
        return lines.stream().map(l -> new OrderLineId(UUID.fromString(l))).collect(Collectors.toSet());
    }

    @Override
    public boolean add(Review r) {
        ReviewContent content = r.content();
        Query insert = em.createNativeQuery("insert into review (id, merchant_id, product_id, customer_id,"
                        + " order_line_id, reviewer_name, rating, body, images, has_images, created_at)"
                        + " values (:id, :m, :p, :c, " + (r.orderLine().isPresent() ? ":line" : "null") + ", :name, :rating, :body, cast(:images as jsonb),"
                        + " :hasImages, cast(:at as timestamptz)) on conflict do nothing")
                .setParameter("id", r.id().value()).setParameter("m", r.merchant().value())
                .setParameter("p", r.product().value()).setParameter("c", r.customer().value())
                .setParameter("name", r.reviewerName()).setParameter("rating", content.rating())
                .setParameter("body", content.text()).setParameter("images", write(content.images()))
                .setParameter("hasImages", content.hasImages()).setParameter("at", r.createdAt().toString());
        r.orderLine().ifPresent(line -> insert.setParameter("line", line.value()));
        return insert.executeUpdate() == 1;
    }

    @Override
    public void update(Review r) {
        // Absent moderation or reply are written as SQL nulls, not as bound nulls of an unknown type.
        String hidden = r.hidden().isPresent()
                ? "hidden_reason = :reason, hidden_at = cast(:hiddenAt as timestamptz), hidden_by = :hiddenBy"
                : "hidden_reason = null, hidden_at = null, hidden_by = null";
        String reply = r.reply().isPresent()
                ? "reply_text = :reply, replied_at = cast(:repliedAt as timestamptz), replied_by = :repliedBy"
                : "reply_text = null, replied_at = null, replied_by = null";
        Query update = em.createNativeQuery("update review set " + hidden + ", " + reply + ", version = version + 1"
                        + " where merchant_id = :m and id = :id and version = :v")
                .setParameter("m", r.merchant().value()).setParameter("id", r.id().value())
                .setParameter("v", r.version());
        r.hidden().ifPresent(h -> update.setParameter("reason", h.reason())
                .setParameter("hiddenAt", h.at().toString()).setParameter("hiddenBy", h.by()));
        r.reply().ifPresent(a -> update.setParameter("reply", a.text())
                .setParameter("repliedAt", a.at().toString()).setParameter("repliedBy", a.by()));
        if (update.executeUpdate() != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        r.stored(r.version() + 1);
    }

    @Override
    public void remove(Review r) {
        em.createNativeQuery("delete from review where merchant_id = :m and id = :id")
                .setParameter("m", r.merchant().value()).setParameter("id", r.id().value()).executeUpdate();
    }

    @Override
    public Page<Review> list(MerchantId merchant, ReviewFilter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where merchant_id = :m");
        params.put("m", merchant.value());
        filter.product().ifPresent(p -> {
            where.append(" and product_id = :p");
            params.put("p", p.value());
        });
        filter.rating().ifPresent(r -> {
            where.append(" and rating = :rating");
            params.put("rating", r);
        });
        if (filter.withImages()) {
            where.append(" and has_images");
        }
        if (!filter.includeHidden()) {
            where.append(" and hidden_at is null");
        }
        return page(where, params, page);
    }

    @Override
    public Page<Review> listByCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("m", merchant.value());
        params.put("c", customer.value());
        return page(new StringBuilder(" where merchant_id = :m and customer_id = :c"), params, page);
    }

    @Override
    public Map<ProductId, long[]> starCounts(MerchantId merchant, List<ProductId> products) {
        Map<ProductId, long[]> counts = new HashMap<>();
        if (products.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(product_id as varchar), rating, count(*) from review"
                        + " where merchant_id = :m and product_id in (:ids) and hidden_at is null"
                        + " group by product_id, rating")
                .setParameter("m", merchant.value())
                .setParameter("ids", products.stream().map(ProductId::value).distinct().toList())
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent(new ProductId(UUID.fromString((String) row[0])), p -> new long[5])
                    [((Number) row[1]).intValue() - 1] = ((Number) row[2]).longValue();
        }
        return counts;
    }

    private Page<Review> page(StringBuilder where, Map<String, Object> params, PageRequest page) {
        page.afterPosition().map(JpaReviewRepository::parse).ifPresent(after -> {
            where.append(" and (created_at, id) < (cast(:afterAt as timestamptz), :afterId)");
            params.put("afterAt", after[0]);
            params.put("afterId", UUID.fromString(after[1]));
        });
        Query query = em.createNativeQuery(COLUMNS + where + " order by created_at desc, id desc limit :n");
        params.forEach(query::setParameter);
        query.setParameter("n", page.limit() + 1);
        return Page.fromOverfetch(rows(query), page.limit(), r -> r.createdAt() + "|" + r.id());
    }

    private List<Review> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    private Review toDomain(Object[] row) {
        Optional<Moderation> hidden = Optional.ofNullable((String) row[10])
                .map(reason -> new Moderation(reason, Instant.parse((String) row[11]), (String) row[12]));
        Optional<MerchantReply> reply = Optional.ofNullable((String) row[13])
                .map(text -> new MerchantReply(text, Instant.parse((String) row[14]), (String) row[15]));
        return new Review(new ReviewId(UUID.fromString((String) row[0])), MerchantId.of((String) row[1]),
                new ProductId(UUID.fromString((String) row[2])), new CustomerId(UUID.fromString((String) row[3])),
                (String) row[5], Optional.ofNullable((String) row[4]).map(l -> new OrderLineId(UUID.fromString(l))),
                new ReviewContent(((Number) row[6]).intValue(), (String) row[7], read((String) row[8])),
                Instant.parse((String) row[9]), hidden, reply, ((Number) row[16]).longValue());
    }

    private List<String> read(String images) {
        try {
            return json.readValue(images, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review images are not a JSON list", e);
        }
    }

    private String write(List<String> images) {
        try {
            return json.writeValueAsString(images);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time and the id of a cursor, refused with {@code PAGE_CURSOR_INVALID} if tampered. */
    private static String[] parse(String position) {
        try {
            String[] parts = position.split("\\|");
            return new String[] {Instant.parse(parts[0]).toString(), UUID.fromString(parts[1]).toString()};
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
