package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Carriers in memory; they are immutable values. */
public final class InMemoryCarrierRepository implements CarrierRepository {
    private final Map<CarrierId, Carrier> carriers = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Carrier> find(MerchantId merchant, CarrierId id) {
        return Optional.ofNullable(carriers.get(id)).filter(c -> c.merchant().equals(merchant));
    }

    @Override
    public synchronized List<Carrier> all(MerchantId merchant) {
        return carriers.values().stream().filter(c -> c.merchant().equals(merchant)).toList();
    }

    @Override
    public synchronized Page<Carrier> list(MerchantId merchant, boolean enabledOnly, PageRequest page) {
        return InMemoryPages.ascending(carriers.values().stream()
                .filter(c -> c.merchant().equals(merchant) && (c.enabled() || !enabledOnly)), c -> c.id().toString(), page);
    }

    @Override
    public synchronized void add(Carrier carrier) {
        carriers.put(carrier.id(), carrier);
    }

    @Override
    public synchronized void update(Carrier carrier) {
        Carrier stored = carriers.get(carrier.id());
        if (stored == null || stored.version() != carrier.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Carrier " + carrier.id() + " changed meanwhile");
        }
        carriers.put(carrier.id(), carrier);
    }
}
