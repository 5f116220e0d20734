package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

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
    public synchronized List<CustomerGroup> list(MerchantId merchant) {
        return groups.values().stream().filter(g -> g.merchant().equals(merchant)).map(CustomerGroup::copy).toList();
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
