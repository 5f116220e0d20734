package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The load, act, store, publish of every after-sales step: a customer reaches only their own
 * requests (others are simply not found), staff any of the merchant's. The store is conditional on
 * the version read, so two people acting at once act once.
 */
final class AfterSaleStore {
    private final AfterSaleRepository afterSales;
    private final CustomerService customers;
    private final Transactions transactions;
    private final EventPublisher events;

    AfterSaleStore(AfterSaleRepository afterSales, CustomerService customers, Transactions transactions,
                   EventPublisher events) {
        this.afterSales = afterSales;
        this.customers = customers;
        this.transactions = transactions;
        this.events = events;
    }

    /** Loads, acts (the verb answers whether it changed anything), stores and publishes, in one unit of work. */
    AfterSale change(Actor actor, AfterSaleId id, Optional<Long> expectedVersion, Predicate<AfterSale> act) {
        return transactions.inTransaction(() -> {
            AfterSale loaded = load(actor, id);
            VersionCheck.require(expectedVersion, loaded.version());
            return store(loaded, act);
        });
    }

    /** Acts on a request loaded in the caller's unit of work, and stores it if the verb changed it. */
    AfterSale store(AfterSale afterSale, Predicate<AfterSale> act) {
        long before = afterSale.version();
        int known = afterSale.events().size();
        if (act.test(afterSale)) {
            afterSales.update(afterSale, before);
            publish(afterSale, known);
        }
        return afterSale;
    }

    void publish(AfterSale afterSale, int known) {
        List<AfterSaleEvent> added = afterSale.events().subList(known, afterSale.events().size());
        added.forEach(e -> events.publish(new AfterSaleChanged(afterSale.merchant(), afterSale.id(),
                afterSale.order(), afterSale.orderNumber(), afterSale.customer(), e)));
    }

    AfterSale load(Actor actor, AfterSaleId id) {
        Optional<CustomerId> me = actor.isCustomer() ? Optional.of(customers.myId(actor)) : Optional.empty();
        if (!actor.isCustomer() && !actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Sign in to see after-sales requests");
        }
        return transactions.inTransaction(() -> afterSales.find(actor.merchant(), id))
                .filter(a -> me.map(a.customer()::equals).orElse(true))
                .orElseThrow(() -> new DomainException(ErrorCode.AFTERSALE_NOT_FOUND, "No after-sales request " + id));
    }
}
