package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Port: customer groups (B2B). */
public interface CustomerGroupRepository {
    Optional<CustomerGroup> find(MerchantId merchant, CustomerGroupId id);

    /** One page of the merchant's groups, newest first. */
    Page<CustomerGroupSummary> list(MerchantId merchant, PageRequest page);

    /** One page of a group's members, by customer id (registration order). */
    Page<CustomerId> members(MerchantId merchant, CustomerGroupId group, PageRequest page);

    /** The groups the customer belongs to; what a quote needs to find the customer's price lists. */
    List<CustomerGroupId> groupsOf(MerchantId merchant, CustomerId customer);

    void add(CustomerGroup group);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(CustomerGroup group, long expectedStoredVersion);

    void remove(MerchantId merchant, CustomerGroupId id);
}
