package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.GeoPoint;
import dev.zhanggui.catalog.StoreChange;
import dev.zhanggui.catalog.StoreDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Optional;

/** The request bodies of the store endpoints. */
public final class StoreInputs {
    private StoreInputs() {
    }

    @Schema(name = "NewStoreInput")
    public record NewStoreInput(@Schema(required = true, example = "人民广场店") String name,
                                @Schema(required = true, example = "上海市黄浦区人民大道 120 号") String address,
                                @Schema(required = true, example = "31.2304") BigDecimal latitude,
                                @Schema(required = true, example = "121.4737") BigDecimal longitude,
                                @Schema(nullable = true) String openingHours, @Schema(nullable = true) String phone) {
        StoreDetails toDetails() {
            return new StoreDetails(name, address, new GeoPoint(latitude, longitude), Optional.ofNullable(openingHours),
                    Optional.ofNullable(phone));
        }
    }

    /** A partial update: absent fields stay; an empty text clears openingHours or phone. */
    @Schema(name = "StorePatch")
    public record StorePatch(@Schema(nullable = true) String name, @Schema(nullable = true) String address,
                             @Schema(nullable = true, description = "Give with longitude") BigDecimal latitude,
                             @Schema(nullable = true, description = "Give with latitude") BigDecimal longitude,
                             @Schema(nullable = true) String openingHours, @Schema(nullable = true) String phone) {
        StoreChange toChange() {
            Optional<GeoPoint> location = latitude == null && longitude == null ? Optional.empty()
                    : Optional.of(new GeoPoint(latitude, longitude));
            return new StoreChange(Optional.ofNullable(name), Optional.ofNullable(address), location,
                    Optional.ofNullable(openingHours), Optional.ofNullable(phone));
        }
    }
}
