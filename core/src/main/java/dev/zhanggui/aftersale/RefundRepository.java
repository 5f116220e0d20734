package dev.zhanggui.aftersale;

import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: refunds with their lines, allocations and parts: the refund history of every order. */
public interface RefundRepository {
    void add(Refund refund);

    /** Stores the changed refund if it is still at {@code expectedVersion}; {@code VERSION_CONFLICT} otherwise. */
    void update(Refund refund, long expectedVersion);

    Optional<Refund> find(MerchantId merchant, RefundId id);

    /**
     * The refund a gateway's refund notification names. Not confined to a merchant: a gateway's
     * notification carries no tenant, and refund numbers are unique across merchants.
     */
    Optional<Refund> findByOutRefundNo(String outRefundNo);

    /** Every refund of the order, oldest first. */
    List<Refund> ofOrder(MerchantId merchant, OrderId order);

    /** Every refund of the given orders, oldest first: one read for a page of orders. */
    List<Refund> ofOrders(MerchantId merchant, Collection<OrderId> orders);

    /** The merchant's refunds not settled yet (a part pending or failed), oldest first: what staff follow up. */
    List<Refund> unsettled(MerchantId merchant);
}
