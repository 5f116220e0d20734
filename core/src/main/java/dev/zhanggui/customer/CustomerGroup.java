package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A customer group (客户分组), typically wholesale customers (批发客户, B2B) who buy at the prices of
 * the group's price lists. Membership changes through {@link #admit} and {@link #dismiss}.
 */
public final class CustomerGroup {
    public static final int MAX_MEMBERS = 10_000;

    private final CustomerGroupId id;
    private final MerchantId merchant;
    private String name;
    private final Set<CustomerId> members;
    private long version;

    public CustomerGroup(CustomerGroupId id, MerchantId merchant, String name, Collection<CustomerId> members,
                         long version) {
        this.id = id;
        this.merchant = merchant;
        this.name = validName(name);
        this.members = new LinkedHashSet<>(members);
        this.version = version;
    }

    public static CustomerGroup create(CustomerGroupId id, MerchantId merchant, String name) {
        return new CustomerGroup(id, merchant, name, Set.of(), 0);
    }

    public void rename(String newName) {
        name = validName(newName);
        version++;
    }

    /** Adds customers; those already in stay once. */
    public void admit(Collection<CustomerId> customers) {
        Set<CustomerId> after = new LinkedHashSet<>(members);
        after.addAll(customers);
        if (after.size() > MAX_MEMBERS) {
            throw DomainException.invalidField("members", ErrorCode.CUSTOMER_GROUP_INVALID,
                    "A group holds at most " + MAX_MEMBERS + " customers");
        }
        members.addAll(customers);
        version++;
    }

    public void dismiss(Collection<CustomerId> customers) {
        members.removeAll(customers);
        version++;
    }

    public boolean includes(CustomerId customer) {
        return members.contains(customer);
    }

    public CustomerGroup copy() {
        return new CustomerGroup(id, merchant, name, members, version);
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 64) {
            throw DomainException.invalidField("name", ErrorCode.CUSTOMER_GROUP_INVALID,
                    "A group name must be 1 to 64 characters");
        }
        return n;
    }

    public CustomerGroupId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public String name() {
        return name;
    }

    public Set<CustomerId> members() {
        return Set.copyOf(members);
    }

    public long version() {
        return version;
    }
}
