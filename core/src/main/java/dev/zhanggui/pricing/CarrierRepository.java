package dev.zhanggui.pricing;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Port: carriers. */
public interface CarrierRepository {
    Optional<Carrier> find(MerchantId merchant, CarrierId id);

    /** All the merchant's carriers: what a quote chooses from (a merchant has a handful). */
    List<Carrier> all(MerchantId merchant);

    /** One page of the merchant's carriers (only the enabled ones if asked), in the order they were added. */
    Page<Carrier> list(MerchantId merchant, boolean enabledOnly, PageRequest page);

    void add(Carrier carrier);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(Carrier carrier);
}
