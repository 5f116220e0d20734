package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

/**
 * A customer group (客户分组) as a list shows it: its name and how many customers it holds, not
 * who they are (a group holds up to {@link CustomerGroup#MAX_MEMBERS}; its members are a list of
 * their own).
 */
public record CustomerGroupSummary(CustomerGroupId id, MerchantId merchant, String name, int memberCount,
                                   long version) {
    public static CustomerGroupSummary of(CustomerGroup group) {
        return new CustomerGroupSummary(group.id(), group.merchant(), group.name(), group.members().size(),
                group.version());
    }
}
