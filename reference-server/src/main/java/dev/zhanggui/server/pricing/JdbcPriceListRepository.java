package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListId;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PriceListRepository;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Price lists (价格表) in price_list; the entries with their quantity breaks are one jsonb document.
 * The lists that apply to a customer, which every quote for them asks, are kept as the merchant's
 * reference data ({@link MerchantReferenceCache}; V26 moves the version on every price list write):
 * those not ended when read, narrowed to the moment asked.
 */
public class JdbcPriceListRepository implements PriceListRepository {
    private static final MerchantReferenceCache.Keyed<Owners, NotEnded> NOT_ENDED =
            new MerchantReferenceCache.Keyed<>("applicable price lists");
    private static final String COLUMNS = """
            id, merchant_id, name, owner_group_id, owner_customer_id, valid_from, valid_until, entries::text, version""";
    /** Served by the index price_list_merchant (merchant_id, id). */
    private static final Keyset<PriceList> NEWEST_FIRST = Keyset.newestFirst("id", l -> l.id().value());
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcPriceListRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    public JdbcPriceListRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    private record Owners(CustomerId customer, List<CustomerGroupId> groups) {
    }

    /** The lists of one owner set not ended at {@code readAt}. */
    private record NotEnded(Instant readAt, List<PriceList> lists) {
    }

    @Override
    public Optional<PriceList> find(MerchantId merchant, PriceListId id) {
        return sql.queryOne("select " + COLUMNS + " from price_list where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcPriceListRepository::list);
    }

    @Override
    public Page<PriceList> list(MerchantId merchant, PageRequest page) {
        return sql.page("select " + COLUMNS + " from price_list where merchant_id = ?", List.of(merchant.value()),
                NEWEST_FIRST, page, JdbcPriceListRepository::list);
    }

    @Override
    public List<PriceList> applicable(MerchantId merchant, CustomerId customer, Collection<CustomerGroupId> groups,
                                      Instant at) {
        Owners owners = new Owners(customer, List.copyOf(groups));
        NotEnded notEnded = cache.get(merchant, NOT_ENDED, owners, o -> new NotEnded(at, notEndedAt(merchant, o, at)));
        if (at.isBefore(notEnded.readAt())) {
            // Asked for a moment before the one kept, a list that has ended since may be missing.
            notEnded = new NotEnded(at, notEndedAt(merchant, owners, at));
        }
        return notEnded.lists().stream().filter(l -> l.validity().contains(at)).toList();
    }

    private List<PriceList> notEndedAt(MerchantId merchant, Owners owners, Instant at) {
        return List.copyOf(sql.query("select " + COLUMNS + """
                 from price_list where merchant_id = ? and (owner_customer_id = ? or owner_group_id = any (?))
                and (valid_until is null or valid_until > ?) order by id""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, owners.customer().value());
            s.setArray(3, JdbcStatements.uuids(s, owners.groups().stream().map(CustomerGroupId::value).toList()));
            s.setObject(4, utc(at));
        }, JdbcPriceListRepository::list));
    }

    @Override
    public void add(PriceList list) {
        cache.wrote(list.merchant());
        sql.update("insert into price_list (" + COLUMNS.replace("::text", "")
                + ") values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)", s -> {
            s.setObject(1, list.id().value());
            s.setString(2, list.merchant().value());
            bindTerms(s, list, 3);
            s.setLong(9, list.version());
        });
    }

    @Override
    public void update(PriceList list) {
        cache.wrote(list.merchant());
        int rows = sql.update("""
                update price_list set name = ?, owner_group_id = ?, owner_customer_id = ?, valid_from = ?,
                    valid_until = ?, entries = ?::jsonb, version = ?
                where id = ? and merchant_id = ? and version = ?""", s -> {
            bindTerms(s, list, 1);
            s.setLong(7, list.version());
            s.setObject(8, list.id().value());
            s.setString(9, list.merchant().value());
            s.setLong(10, list.version() - 1);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The price list changed meanwhile");
        }
    }

    @Override
    public void remove(MerchantId merchant, PriceListId id) {
        cache.wrote(merchant);
        sql.update("delete from price_list where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    private static void bindTerms(PreparedStatement s, PriceList list, int first) throws SQLException {
        s.setString(first, list.name());
        s.setObject(first + 1, list.owner() instanceof PriceListOwner.Group g ? g.group().value() : null,
                java.sql.Types.OTHER);
        s.setObject(first + 2, list.owner() instanceof PriceListOwner.OneCustomer c ? c.customer().value() : null,
                java.sql.Types.OTHER);
        s.setObject(first + 3, utc(list.validity().from()));
        s.setObject(first + 4, list.validity().until().map(JdbcStatements::utc).orElse(null));
        s.setString(first + 5, PricingDocuments.entries(list.entries()));
    }

    private static PriceList list(ResultSet r) throws SQLException {
        UUID group = r.getObject("owner_group_id", UUID.class);
        PriceListOwner owner = group != null ? new PriceListOwner.Group(new CustomerGroupId(group))
                : new PriceListOwner.OneCustomer(new CustomerId(r.getObject("owner_customer_id", UUID.class)));
        return new PriceList(new PriceListId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                r.getString("name"), owner, new ValidityWindow(JdbcStatements.instant(r, "valid_from"),
                JdbcStatements.optionalInstant(r, "valid_until")), PricingDocuments.entries(r.getString("entries")),
                r.getLong("version"));
    }
}
