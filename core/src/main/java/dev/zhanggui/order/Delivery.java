package dev.zhanggui.order;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.DeliveryMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * How the goods reach the customer: shipped by a carrier to an address (a snapshot: editing the
 * address book later changes nothing here), or picked up in a store (到店自提).
 */
public record Delivery(DeliveryMethod method, Optional<CarrierId> carrier, Optional<AddressDetails> address,
                       Optional<StoreId> pickupStore) {
    public Delivery {
        Objects.requireNonNull(method, "method");
        carrier = carrier == null ? Optional.empty() : carrier;
        address = address == null ? Optional.empty() : address;
        pickupStore = pickupStore == null ? Optional.empty() : pickupStore;
    }

    public static Delivery express(Optional<CarrierId> carrier, AddressDetails address) {
        return new Delivery(DeliveryMethod.EXPRESS, carrier, Optional.of(address), Optional.empty());
    }

    public static Delivery pickup(StoreId store) {
        return new Delivery(DeliveryMethod.PICKUP, Optional.empty(), Optional.empty(), Optional.of(store));
    }

    public boolean isShipped() {
        return method == DeliveryMethod.EXPRESS;
    }

    Delivery withAddress(AddressDetails corrected) {
        return new Delivery(method, carrier, Optional.of(corrected), pickupStore);
    }
}
