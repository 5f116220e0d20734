package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: orders, with their lines, tenders, shipments and events. Every method but the two claims
 * is confined to one merchant. {@link #update} is conditional on the version read
 * ({@code VERSION_CONFLICT} otherwise).
 */
public interface OrderRepository {
    void add(Order order);

    /** Stores the changed order if it is still at {@code expectedVersion}; throws VERSION_CONFLICT otherwise. */
    void update(Order order, long expectedVersion);

    Optional<Order> find(MerchantId merchant, OrderId id);

    Optional<Order> findByNumber(MerchantId merchant, String number);

    /**
     * The order by its number, locked until the unit of work ends ({@code FOR UPDATE}): a job's claim
     * skips it and a concurrent change waits, so that what is decided on it (a late payment) holds.
     */
    Optional<Order> lockByNumber(MerchantId merchant, String number);

    Optional<Order> findByVerificationCode(MerchantId merchant, String code);

    /** The customer's orders, newest first. */
    Page<Order> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page);

    /** The merchant's orders matching the filter, newest first. */
    Page<Order> list(MerchantId merchant, OrderFilter filter, PageRequest page);

    /** Verified orders matching the filter, latest verification first. */
    Page<Order> verified(MerchantId merchant, VerificationFilter filter, PageRequest page);

    /** Count and total amount of the verified orders matching the filter. */
    VerificationTotals verificationTotals(MerchantId merchant, VerificationFilter filter);

    /** The sum of the totals of all orders matching the filter (当前查询总金额). */
    Money totalOf(MerchantId merchant, OrderFilter filter);

    /** How many orders the customer placed so far (drafts, closed and voided ones not counted). */
    long countPlaced(MerchantId merchant, CustomerId customer);

    /** Whether the customer has a cash-on-delivery order not settled yet (closed and voided ones aside). */
    boolean hasUnsettledCashOnDelivery(MerchantId merchant, CustomerId customer);

    /**
     * Claims up to {@code limit} orders, of any merchant, still pending payment whose deadline is at
     * or before {@code now}. A database adapter locks them with {@code FOR UPDATE SKIP LOCKED}, so
     * that job instances running at once never claim the same order; the claim lasts until the
     * unit of work ends.
     */
    List<Order> claimUnpaidDue(Instant now, int limit);

    /** Claims, like {@link #claimUnpaidDue}, shipped orders whose receipt is due at or before {@code now}. */
    List<Order> claimReceiptDue(Instant now, int limit);
}
