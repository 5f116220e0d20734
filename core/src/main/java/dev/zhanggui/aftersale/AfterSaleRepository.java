package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/**
 * Port: after-sales requests, with their lines, return shipment and events; every method is
 * confined to one merchant.
 */
public interface AfterSaleRepository {
    /**
     * Adds a new request, refused with {@code AFTERSALE_LINE_HAS_OPEN_REQUEST} if an open request of
     * the same order already covers one of its lines: a database adapter serialises the adds of one
     * order (e.g. locks the order's row) so that two requests at once cannot both pass the check.
     */
    void add(AfterSale afterSale);

    /**
     * Stores the changed request if it is still at {@code expectedVersion} (one conditional update);
     * throws {@code VERSION_CONFLICT} otherwise, so that two staff acting at once act once.
     */
    void update(AfterSale afterSale, long expectedVersion);

    Optional<AfterSale> find(MerchantId merchant, AfterSaleId id);

    /** Every request of the order, oldest first. */
    List<AfterSale> ofOrder(MerchantId merchant, OrderId order);

    /** The customer's requests, newest first. */
    Page<AfterSale> ofCustomer(MerchantId merchant, CustomerId customer, PageRequest page);

    /** The merchant's requests matching the filter, newest first. */
    Page<AfterSale> list(MerchantId merchant, AfterSaleFilter filter, PageRequest page);
}
