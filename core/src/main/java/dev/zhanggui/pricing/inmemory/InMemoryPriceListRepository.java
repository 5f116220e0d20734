package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListId;
import dev.zhanggui.pricing.PriceListRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Price lists in memory; they are immutable values. */
public final class InMemoryPriceListRepository implements PriceListRepository {
    private final Map<PriceListId, PriceList> lists = new LinkedHashMap<>();

    @Override
    public synchronized Optional<PriceList> find(MerchantId merchant, PriceListId id) {
        return Optional.ofNullable(lists.get(id)).filter(l -> l.merchant().equals(merchant));
    }

    @Override
    public synchronized Page<PriceList> list(MerchantId merchant, PageRequest page) {
        return InMemoryPages.descending(lists.values().stream().filter(l -> l.merchant().equals(merchant)),
                l -> l.id().toString(), page);
    }

    @Override
    public synchronized List<PriceList> applicable(MerchantId merchant, CustomerId customer,
                                                   Collection<CustomerGroupId> groups, Instant at) {
        return lists.values().stream().filter(l -> l.merchant().equals(merchant) && l.appliesTo(customer, groups, at))
                .toList();
    }

    @Override
    public synchronized void add(PriceList list) {
        lists.put(list.id(), list);
    }

    @Override
    public synchronized void update(PriceList list) {
        PriceList stored = lists.get(list.id());
        if (stored == null || stored.version() != list.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Price list " + list.id() + " changed meanwhile");
        }
        lists.put(list.id(), list);
    }

    @Override
    public synchronized void remove(MerchantId merchant, PriceListId id) {
        find(merchant, id).ifPresent(l -> lists.remove(id));
    }
}
