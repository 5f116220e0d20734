package dev.zhanggui.pricing;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.List;
import java.util.Optional;

/** The carrier use cases (物流公司): staff set carriers and their rates, and enable them for the mall. */
public final class CarrierService {
    private final CarrierRepository carriers;
    private final Transactions transactions;
    private final IdGenerator ids;

    public CarrierService(CarrierRepository carriers, Transactions transactions, IdGenerator ids) {
        this.carriers = carriers;
        this.transactions = transactions;
        this.ids = ids;
    }

    public Carrier create(Actor actor, String name, ShippingRate rate, List<RegionalRate> regionalRates) {
        PricingAccess.requireStaff(actor);
        Carrier carrier = new Carrier(new CarrierId(ids.newId()), actor.merchant(), name, rate, regionalRates, true, 0);
        transactions.run(() -> carriers.add(carrier));
        return carrier;
    }

    public Carrier update(Actor actor, CarrierId id, String name, ShippingRate rate, List<RegionalRate> regionalRates,
                          Optional<Long> expectedVersion) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Carrier current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            Carrier changed = current.revised(name, rate, regionalRates);
            carriers.update(changed);
            return changed;
        });
    }

    public Carrier enable(Actor actor, CarrierId id, boolean on) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Carrier changed = load(actor.merchant(), id).enabled(on);
            carriers.update(changed);
            return changed;
        });
    }

    /** A page of carriers in the order they were added: staff see every carrier, customers only the enabled ones. */
    public Page<Carrier> list(Actor actor, PageRequest page) {
        return transactions.inTransaction(() -> carriers.list(actor.merchant(), !actor.actsForMerchant(), page));
    }

    private Carrier load(MerchantId merchant, CarrierId id) {
        return carriers.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.CARRIER_NOT_FOUND, "No carrier " + id));
    }
}
