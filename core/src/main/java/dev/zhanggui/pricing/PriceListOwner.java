package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;

import java.util.Collection;

/** Whom a price list is for: a customer group, or one customer. */
public sealed interface PriceListOwner {
    boolean includes(CustomerId customer, Collection<CustomerGroupId> groups);

    record Group(CustomerGroupId group) implements PriceListOwner {
        @Override
        public boolean includes(CustomerId customer, Collection<CustomerGroupId> groups) {
            return groups.contains(group);
        }
    }

    record OneCustomer(CustomerId customer) implements PriceListOwner {
        @Override
        public boolean includes(CustomerId other, Collection<CustomerGroupId> groups) {
            return customer.equals(other);
        }
    }
}
