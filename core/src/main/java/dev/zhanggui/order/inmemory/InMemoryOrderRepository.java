package dev.zhanggui.order.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.VerificationFilter;
import dev.zhanggui.order.VerificationTotals;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Orders in memory, as copies; {@link #update} is conditional on the version like the database's.
 * The claims simply return what is due: in-memory units of work run one at a time.
 */
public final class InMemoryOrderRepository implements OrderRepository {
    private final Map<OrderId, Order> orders = new LinkedHashMap<>();

    @Override
    public synchronized void add(Order order) {
        boolean numberTaken = orders.values().stream()
                .anyMatch(o -> o.merchant().equals(order.merchant()) && o.number().equals(order.number()));
        if (numberTaken || orders.containsKey(order.id())) {
            throw new IllegalStateException("order " + order.number() + " exists already");
        }
        orders.put(order.id(), order.copy());
    }

    @Override
    public synchronized void update(Order order, long expectedVersion) {
        Order current = orders.get(order.id());
        if (current == null || !current.merchant().equals(order.merchant())) {
            throw new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + order.id());
        }
        if (current.version() != expectedVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Order " + order.number() + " changed meanwhile");
        }
        orders.put(order.id(), order.copy());
    }

    @Override
    public synchronized Optional<Order> find(MerchantId merchant, OrderId id) {
        return Optional.ofNullable(orders.get(id)).filter(o -> o.merchant().equals(merchant)).map(Order::copy);
    }

    @Override
    public synchronized Optional<Order> findByNumber(MerchantId merchant, String number) {
        return first(merchant, o -> o.number().equals(number));
    }

    @Override
    public synchronized Optional<Order> lockByNumber(MerchantId merchant, String number) {
        // units of work run one at a time here: nothing can change the order before this one ends
        return findByNumber(merchant, number);
    }

    @Override
    public synchronized Optional<Order> findByVerificationCode(MerchantId merchant, String code) {
        return first(merchant, o -> o.verification().filter(v -> v.code().equals(code)).isPresent());
    }

    @Override
    public synchronized Page<Order> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page) {
        return page(of(merchant).filter(o -> o.customer().equals(customer)), page);
    }

    @Override
    public synchronized Page<Order> list(MerchantId merchant, OrderFilter filter, PageRequest page) {
        return page(of(merchant).filter(filter::matches), page);
    }

    @Override
    public synchronized Page<Order> verified(MerchantId merchant, VerificationFilter filter, PageRequest page) {
        return page(of(merchant).filter(filter::matches), page);
    }

    @Override
    public synchronized VerificationTotals verificationTotals(MerchantId merchant, VerificationFilter filter) {
        List<Order> matching = of(merchant).filter(filter::matches).toList();
        return new VerificationTotals(matching.size(),
                matching.stream().map(Order::total).reduce(Money.zero(), Money::plus));
    }

    @Override
    public synchronized Money totalOf(MerchantId merchant, OrderFilter filter) {
        return of(merchant).filter(filter::matches).map(Order::total).reduce(Money.zero(), Money::plus);
    }

    @Override
    public synchronized long countPlaced(MerchantId merchant, CustomerId customer) {
        return of(merchant).filter(o -> o.customer().equals(customer))
                .filter(o -> o.status() != OrderStatus.DRAFT && o.status() != OrderStatus.CLOSED
                        && o.status() != OrderStatus.VOIDED).count();
    }

    @Override
    public synchronized boolean hasUnsettledCashOnDelivery(MerchantId merchant, CustomerId customer) {
        return of(merchant).anyMatch(o -> o.customer().equals(customer) && o.hasUnsettledCashOnDelivery());
    }

    @Override
    public synchronized List<Order> claimUnpaidDue(Instant now, int limit) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.PENDING_PAYMENT)
                .filter(o -> o.paymentDeadline().filter(d -> !d.isAfter(now)).isPresent())
                .limit(limit).map(Order::copy).toList();
    }

    @Override
    public synchronized List<Order> claimReceiptDue(Instant now, int limit) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.SHIPPED)
                .filter(o -> o.receiptDue().filter(d -> !d.isAfter(now)).isPresent())
                .limit(limit).map(Order::copy).toList();
    }

    /** Every order of the merchant, for tests. */
    public synchronized List<Order> all(MerchantId merchant) {
        return of(merchant).map(Order::copy).toList();
    }

    private Stream<Order> of(MerchantId merchant) {
        return orders.values().stream().filter(o -> o.merchant().equals(merchant));
    }

    private Optional<Order> first(MerchantId merchant, Predicate<Order> which) {
        return of(merchant).filter(which).findFirst().map(Order::copy);
    }

    private static Page<Order> page(Stream<Order> matching, PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<Order> rows = matching
                .sorted(Comparator.comparing((Order o) -> o.id().value().toString()).reversed())
                .filter(o -> after.map(a -> o.id().value().toString().compareTo(a) < 0).orElse(true))
                .limit(page.limit() + 1L).map(Order::copy).toList();
        return Page.fromOverfetch(rows, page.limit(), o -> o.id().value().toString());
    }
}
