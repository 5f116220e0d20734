package dev.zhanggui.catalog;

import java.util.Optional;

/** A partial update of a store: an absent field stays as it is; an empty text clears an optional one. */
public record StoreChange(Optional<String> name, Optional<String> address, Optional<GeoPoint> location,
                          Optional<String> openingHours, Optional<String> phone) {
    public StoreChange {
        name = name == null ? Optional.empty() : name;
        address = address == null ? Optional.empty() : address;
        location = location == null ? Optional.empty() : location;
        openingHours = openingHours == null ? Optional.empty() : openingHours;
        phone = phone == null ? Optional.empty() : phone;
    }

    StoreDetails applyTo(StoreDetails current) {
        return new StoreDetails(name.orElse(current.name()), address.orElse(current.address()),
                location.orElse(current.location()), openingHours.isPresent() ? openingHours : current.openingHours(),
                phone.isPresent() ? phone : current.phone());
    }
}
