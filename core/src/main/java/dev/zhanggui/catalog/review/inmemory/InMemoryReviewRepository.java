package dev.zhanggui.catalog.review.inmemory;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.Review;
import dev.zhanggui.catalog.review.ReviewFilter;
import dev.zhanggui.catalog.review.ReviewId;
import dev.zhanggui.catalog.review.ReviewRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reviews in memory, newest first by creation time and id, as the database orders them. */
public final class InMemoryReviewRepository implements ReviewRepository {
    private record Position(Instant at, UUID id) {
    }

    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::at)
            .thenComparing(Position::id).reversed();

    private final List<Review> reviews = new ArrayList<>();

    @Override
    public synchronized Optional<Review> find(MerchantId merchant, ReviewId id) {
        return reviews.stream().filter(r -> r.merchant().equals(merchant) && r.id().equals(id)).findFirst()
                .map(Review::copy);
    }

    @Override
    public synchronized Set<OrderLineId> reviewedLines(MerchantId merchant, CustomerId customer, ProductId product) {
        return reviews.stream()
                .filter(r -> r.merchant().equals(merchant) && r.customer().equals(customer)
                        && r.product().equals(product))
                .flatMap(r -> r.orderLine().stream()).collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean add(Review review) {
        boolean lineTaken = review.orderLine().isPresent() && reviews.stream()
                .anyMatch(r -> r.merchant().equals(review.merchant()) && r.orderLine().equals(review.orderLine()));
        if (lineTaken) {
            return false;
        }
        reviews.add(review.copy());
        return true;
    }

    @Override
    public synchronized void update(Review review) {
        int index = indexOf(review);
        if (index < 0 || reviews.get(index).version() != review.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        review.stored(review.version() + 1);
        reviews.set(index, review.copy());
    }

    @Override
    public synchronized void remove(Review review) {
        int index = indexOf(review);
        if (index >= 0) {
            reviews.remove(index);
        }
    }

    @Override
    public synchronized Page<Review> list(MerchantId merchant, ReviewFilter filter, PageRequest page) {
        return page(merchant, filter::accepts, page);
    }

    @Override
    public synchronized Page<Review> listByCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        return page(merchant, r -> r.writtenBy(customer), page);
    }

    @Override
    public synchronized Map<ProductId, long[]> starCounts(MerchantId merchant, List<ProductId> products) {
        Map<ProductId, long[]> counts = new HashMap<>();
        reviews.stream().filter(r -> r.merchant().equals(merchant) && r.isVisible() && products.contains(r.product()))
                .forEach(r -> counts.computeIfAbsent(r.product(), p -> new long[5])[r.content().rating() - 1]++);
        return counts;
    }

    private Page<Review> page(MerchantId merchant, Predicate<Review> accepted, PageRequest page) {
        Optional<Position> after = page.afterPosition().map(InMemoryReviewRepository::parse);
        List<Review> rows = reviews.stream()
                .filter(r -> r.merchant().equals(merchant) && accepted.test(r))
                .filter(r -> after.map(a -> NEWEST_FIRST.compare(position(r), a) > 0).orElse(true))
                .sorted(Comparator.comparing(InMemoryReviewRepository::position, NEWEST_FIRST))
                .limit(page.limit() + 1L)
                .map(Review::copy)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), r -> r.createdAt() + "|" + r.id());
    }

    private int indexOf(Review review) {
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i).merchant().equals(review.merchant()) && reviews.get(i).id().equals(review.id())) {
                return i;
            }
        }
        return -1;
    }

    private static Position position(Review review) {
        return new Position(review.createdAt(), review.id().value());
    }

    private static Position parse(String position) {
        try {
            String[] parts = position.split("\\|");
            return new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
