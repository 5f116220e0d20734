package dev.zhanggui.customer;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** The customer group use cases (客户分组, B2B): staff create groups and admit or dismiss customers. */
public final class CustomerGroupService {
    private final CustomerGroupRepository groups;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final IdGenerator ids;

    public CustomerGroupService(CustomerGroupRepository groups, CustomerRepository customers,
                                Transactions transactions, IdGenerator ids) {
        this.groups = groups;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
    }

    public CustomerGroup create(Actor actor, String name) {
        MemberLevelService.requireStaff(actor);
        CustomerGroup group = CustomerGroup.create(new CustomerGroupId(ids.newId()), actor.merchant(), name);
        transactions.run(() -> groups.add(group));
        return group;
    }

    public CustomerGroup rename(Actor actor, CustomerGroupId id, String name, Optional<Long> expectedVersion) {
        return change(actor, id, expectedVersion, g -> g.rename(name));
    }

    /** Admits customers of this merchant; an unknown customer refuses the whole change. */
    public CustomerGroup admit(Actor actor, CustomerGroupId id, Collection<CustomerId> members) {
        return change(actor, id, Optional.empty(), g -> {
            for (CustomerId c : members) {
                if (customers.find(actor.merchant(), c).isEmpty()) {
                    throw DomainException.invalidField("members", ErrorCode.CUSTOMER_NOT_FOUND, "No customer " + c);
                }
            }
            g.admit(members);
        });
    }

    public CustomerGroup dismiss(Actor actor, CustomerGroupId id, Collection<CustomerId> members) {
        return change(actor, id, Optional.empty(), g -> g.dismiss(members));
    }

    public void remove(Actor actor, CustomerGroupId id) {
        MemberLevelService.requireStaff(actor);
        transactions.run(() -> {
            load(actor.merchant(), id);
            groups.remove(actor.merchant(), id);
        });
    }

    public CustomerGroup get(Actor actor, CustomerGroupId id) {
        MemberLevelService.requireStaff(actor);
        return transactions.inTransaction(() -> load(actor.merchant(), id));
    }

    /** A page of the merchant's groups, newest first, each with its number of members. */
    public Page<CustomerGroupSummary> list(Actor actor, PageRequest page) {
        MemberLevelService.requireStaff(actor);
        return transactions.inTransaction(() -> groups.list(actor.merchant(), page));
    }

    /** A page of the group's members in registration order; an unknown group is CUSTOMER_GROUP_NOT_FOUND. */
    public Page<CustomerId> members(Actor actor, CustomerGroupId id, PageRequest page) {
        MemberLevelService.requireStaff(actor);
        return transactions.inTransaction(() -> {
            load(actor.merchant(), id);
            return groups.members(actor.merchant(), id, page);
        });
    }

    private CustomerGroup change(Actor actor, CustomerGroupId id, Optional<Long> expectedVersion,
                                 Consumer<CustomerGroup> verb) {
        MemberLevelService.requireStaff(actor);
        return transactions.inTransaction(() -> {
            CustomerGroup group = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, group.version());
            long before = group.version();
            verb.accept(group);
            groups.update(group, before);
            return group;
        });
    }

    private CustomerGroup load(MerchantId merchant, CustomerGroupId id) {
        return groups.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.CUSTOMER_GROUP_NOT_FOUND, "No customer group " + id));
    }
}
