package dev.zhanggui.pricing;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: carriers. */
public interface CarrierRepository {
    Optional<Carrier> find(MerchantId merchant, CarrierId id);

    List<Carrier> list(MerchantId merchant);

    void add(Carrier carrier);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(Carrier carrier);
}
