package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.Optional;

/** The price list use cases (价格表, B2B): staff keep price lists for groups or single customers. */
public final class PriceListService {
    private final PriceListRepository lists;
    private final CustomerGroupRepository groups;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final IdGenerator ids;

    public PriceListService(PriceListRepository lists, CustomerGroupRepository groups, CustomerRepository customers,
                            Transactions transactions, IdGenerator ids) {
        this.lists = lists;
        this.groups = groups;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
    }

    public PriceList create(Actor actor, PriceListTerms terms) {
        PricingAccess.requireStaff(actor);
        PriceList list = new PriceList(new PriceListId(ids.newId()), actor.merchant(), terms.name(), terms.owner(),
                terms.validity(), terms.entries(), 0);
        return transactions.inTransaction(() -> {
            requireOwnerExists(actor.merchant(), list.owner());
            lists.add(list);
            return list;
        });
    }

    public PriceList update(Actor actor, PriceListId id, PriceListTerms terms, Optional<Long> expectedVersion) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            PriceList current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            PriceList changed = current.revised(terms.name(), terms.owner(), terms.validity(), terms.entries());
            requireOwnerExists(actor.merchant(), changed.owner());
            lists.update(changed);
            return changed;
        });
    }

    public void remove(Actor actor, PriceListId id) {
        PricingAccess.requireStaff(actor);
        transactions.run(() -> {
            load(actor.merchant(), id);
            lists.remove(actor.merchant(), id);
        });
    }

    public PriceList get(Actor actor, PriceListId id) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> load(actor.merchant(), id));
    }

    /** A page of the merchant's price lists, newest first. */
    public Page<PriceList> list(Actor actor, PageRequest page) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> lists.list(actor.merchant(), page));
    }

    private void requireOwnerExists(MerchantId merchant, PriceListOwner owner) {
        boolean exists = switch (owner) {
            case PriceListOwner.Group g -> groups.find(merchant, g.group()).isPresent();
            case PriceListOwner.OneCustomer c -> customers.find(merchant, c.customer()).isPresent();
        };
        if (!exists) {
            throw DomainException.invalidField("owner", ErrorCode.PRICE_LIST_INVALID,
                    "The price list's group or customer does not exist");
        }
    }

    private PriceList load(MerchantId merchant, PriceListId id) {
        return lists.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.PRICE_LIST_NOT_FOUND, "No price list " + id));
    }
}
