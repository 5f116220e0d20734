package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.NearbyStore;
import dev.zhanggui.catalog.Store;
import dev.zhanggui.catalog.StoreDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** A store (门店) as the REST API shows it; found near a point, with its distance. */
@Schema(name = "Store")
public record StoreView(
        String id,
        String name,
        String address,
        @Schema(example = "31.230400") BigDecimal latitude,
        @Schema(example = "121.473700") BigDecimal longitude,
        @Schema(nullable = true, example = "09:00-21:00") String openingHours,
        @Schema(nullable = true) String phone,
        Instant createdAt,
        @Schema(description = "Optimistic-concurrency version; also the ETag") long version,
        @Schema(nullable = true, description = "Great-circle distance from the asked point, in meters (nearest only)")
        Long distanceMeters) {

    static StoreView of(Store s) {
        return of(s, null);
    }

    static StoreView of(NearbyStore n) {
        return of(n.store(), n.distanceMeters());
    }

    private static StoreView of(Store s, Long distance) {
        StoreDetails d = s.details();
        return new StoreView(s.id().toString(), d.name(), d.address(), d.location().latitude(),
                d.location().longitude(), d.openingHours().orElse(null), d.phone().orElse(null), s.createdAt(),
                s.version(), distance);
    }
}
