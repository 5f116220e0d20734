package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: price lists. */
public interface PriceListRepository {
    Optional<PriceList> find(MerchantId merchant, PriceListId id);

    /** One page of the merchant's price lists, newest first. */
    Page<PriceList> list(MerchantId merchant, PageRequest page);

    /** The lists that apply at {@code at} to the customer or one of their groups. */
    List<PriceList> applicable(MerchantId merchant, CustomerId customer, Collection<CustomerGroupId> groups,
                               Instant at);

    void add(PriceList list);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(PriceList list);

    void remove(MerchantId merchant, PriceListId id);
}
