package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer groups in memory, kept as copies. */
public final class InMemoryCustomerGroupRepository implements CustomerGroupRepository {
    private final Map<CustomerGroupId, CustomerGroup> groups = new LinkedHashMap<>();

    @Override
    public synchronized Optional<CustomerGroup> find(MerchantId merchant, CustomerGroupId id) {
        return Optional.ofNullable(groups.get(id)).filter(g -> g.merchant().equals(merchant)).map(CustomerGroup::copy);
    }

    @Override
    public synchronized Page<CustomerGroupSummary> list(MerchantId merchant, PageRequest page) {
        return InMemoryPages.descending(groups.values().stream().filter(g -> g.merchant().equals(merchant))
                .map(CustomerGroupSummary::of), g -> g.id().toString(), page);
    }

    @Override
    public synchronized Page<CustomerId> members(MerchantId merchant, CustomerGroupId group, PageRequest page) {
        return InMemoryPages.ascending(find(merchant, group).stream().flatMap(g -> g.members().stream()),
                CustomerId::toString, page);
    }

    @Override
    public synchronized List<CustomerGroupId> groupsOf(MerchantId merchant, CustomerId customer) {
        return groups.values().stream().filter(g -> g.merchant().equals(merchant) && g.includes(customer))
                .map(CustomerGroup::id).toList();
    }

    @Override
    public synchronized void add(CustomerGroup group) {
        groups.put(group.id(), group.copy());
    }

    @Override
    public synchronized void update(CustomerGroup group, long expectedStoredVersion) {
        CustomerGroup stored = groups.get(group.id());
        if (stored == null || stored.version() != expectedStoredVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Customer group " + group.id() + " changed meanwhile");
        }
        groups.put(group.id(), group.copy());
    }

    @Override
    public synchronized void remove(MerchantId merchant, CustomerGroupId id) {
        find(merchant, id).ifPresent(g -> groups.remove(id));
    }
}
