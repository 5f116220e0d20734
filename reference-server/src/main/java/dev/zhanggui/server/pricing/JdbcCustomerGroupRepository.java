package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Customer groups (客户分组) in customer_group, their members in customer_group_member. An update
 * is conditional on the stored version and rewrites only the membership that changed. The groups
 * a customer is in, which every quote for them asks, are kept as the merchant's reference data
 * ({@link MerchantReferenceCache}; V26 moves the version on every membership write).
 */
public class JdbcCustomerGroupRepository implements CustomerGroupRepository {
    private static final MerchantReferenceCache.Keyed<CustomerId, List<CustomerGroupId>> MEMBERSHIPS =
            new MerchantReferenceCache.Keyed<>("group memberships");
    /** Served by the index customer_group_merchant (merchant_id, id). */
    private static final Keyset<CustomerGroupSummary> NEWEST_FIRST = Keyset.newestFirst("g.id", g -> g.id().value());
    /** Served by the primary key (group_id, customer_id). */
    private static final Keyset<CustomerId> BY_CUSTOMER = Keyset.ascending(Keyset.uuid("customer_id", CustomerId::value));
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcCustomerGroupRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    public JdbcCustomerGroupRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    @Override
    public Optional<CustomerGroup> find(MerchantId merchant, CustomerGroupId id) {
        return load(merchant, "and g.id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Page<CustomerGroupSummary> list(MerchantId merchant, PageRequest page) {
        return sql.page("""
                select g.id, g.name, g.version,
                    (select count(*) from customer_group_member m where m.group_id = g.id) as member_count
                from customer_group g where g.merchant_id = ?""", List.of(merchant.value()), NEWEST_FIRST, page,
                r -> new CustomerGroupSummary(new CustomerGroupId(r.getObject(1, UUID.class)), merchant, r.getString(2),
                        r.getInt(4), r.getLong(3)));
    }

    @Override
    public Page<CustomerId> members(MerchantId merchant, CustomerGroupId group, PageRequest page) {
        return sql.page("select customer_id from customer_group_member where merchant_id = ? and group_id = ?",
                List.of(merchant.value(), group.value()), BY_CUSTOMER, page,
                r -> new CustomerId(r.getObject(1, UUID.class)));
    }

    @Override
    public List<CustomerGroupId> groupsOf(MerchantId merchant, CustomerId customer) {
        return cache.get(merchant, MEMBERSHIPS, customer, c -> List.copyOf(sql.query("select group_id from "
                + "customer_group_member where merchant_id = ? and customer_id = ? order by group_id", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, c.value());
        }, r -> new CustomerGroupId(r.getObject(1, UUID.class)))));
    }

    @Override
    public void add(CustomerGroup group) {
        cache.wrote(group.merchant());
        sql.update("insert into customer_group (id, merchant_id, name, version) values (?, ?, ?, ?)", s -> {
            s.setObject(1, group.id().value());
            s.setString(2, group.merchant().value());
            s.setString(3, group.name());
            s.setLong(4, group.version());
        });
        insertMembers(group, group.members());
    }

    @Override
    public void update(CustomerGroup group, long expectedStoredVersion) {
        cache.wrote(group.merchant());
        int rows = sql.update("update customer_group set name = ?, version = ? where merchant_id = ? and id = ? "
                + "and version = ?", s -> {
            s.setString(1, group.name());
            s.setLong(2, group.version());
            s.setString(3, group.merchant().value());
            s.setObject(4, group.id().value());
            s.setLong(5, expectedStoredVersion);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The customer group changed meanwhile");
        }
        Set<CustomerId> stored = new HashSet<>(members(group.merchant(), group.id()));
        Set<CustomerId> wanted = group.members();
        List<CustomerId> gone = stored.stream().filter(c -> !wanted.contains(c)).toList();
        List<CustomerId> added = wanted.stream().filter(c -> !stored.contains(c)).toList();
        if (!gone.isEmpty()) {
            sql.update("delete from customer_group_member where group_id = ? and customer_id = any (?)", s -> {
                s.setObject(1, group.id().value());
                s.setArray(2, JdbcStatements.uuids(s, gone.stream().map(CustomerId::value).toList()));
            });
        }
        insertMembers(group, added);
    }

    @Override
    public void remove(MerchantId merchant, CustomerGroupId id) {
        cache.wrote(merchant);
        sql.update("delete from customer_group where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    private void insertMembers(CustomerGroup group, java.util.Collection<CustomerId> members) {
        sql.batch("insert into customer_group_member (group_id, customer_id, merchant_id) values (?, ?, ?) "
                + "on conflict do nothing", members, (s, c) -> {
            s.setObject(1, group.id().value());
            s.setObject(2, c.value());
            s.setString(3, group.merchant().value());
        });
    }

    private List<CustomerId> members(MerchantId merchant, CustomerGroupId id) {
        return sql.query("select customer_id from customer_group_member where merchant_id = ? and group_id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, r -> new CustomerId(r.getObject(1, UUID.class)));
    }

    private record Row(UUID id, String name, long version, List<CustomerId> members) {
    }

    private List<CustomerGroup> load(MerchantId merchant, String condition, UUID id) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        sql.query("""
                select g.id, g.name, g.version, m.customer_id from customer_group g
                left join customer_group_member m on m.group_id = g.id
                where g.merchant_id = ? %s order by g.id, m.customer_id""".formatted(condition), s -> {
            s.setString(1, merchant.value());
            if (id != null) {
                s.setObject(2, id);
            }
        }, r -> {
            UUID groupId = r.getObject(1, UUID.class);
            Row row = rows.computeIfAbsent(groupId, g -> {
                try {
                    return new Row(g, r.getString(2), r.getLong(3), new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            UUID member = r.getObject(4, UUID.class);
            if (member != null) {
                row.members().add(new CustomerId(member));
            }
            return groupId;
        });
        return rows.values().stream().map(r -> new CustomerGroup(new CustomerGroupId(r.id()), merchant, r.name(),
                r.members(), r.version())).toList();
    }
}
