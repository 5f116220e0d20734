package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.GeoPoint;
import dev.zhanggui.catalog.Store;
import dev.zhanggui.catalog.StoreChange;
import dev.zhanggui.catalog.StoreDetails;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The GraphQL types, inputs and payloads of stores (门店). */
public final class StoreTypes {
    private StoreTypes() {
    }

    @Type("Store")
    @Description("A store (门店) of the merchant")
    public record StoreNode(@NonNull @Id String id, @NonNull String name, @NonNull String address,
                            @NonNull BigDecimal latitude, @NonNull BigDecimal longitude, String openingHours,
                            String phone, @NonNull Instant createdAt,
                            @NonNull @Description("Pass as expectedVersion to guard an update") int version,
                            @Description("Great-circle distance in meters from the point asked with 'near'")
                            Long distanceMeters) {
        static StoreNode of(Store s, Long distanceMeters) {
            StoreDetails d = s.details();
            return new StoreNode(s.id().toString(), d.name(), d.address(), d.location().latitude(),
                    d.location().longitude(), d.openingHours().orElse(null), d.phone().orElse(null), s.createdAt(),
                    Math.toIntExact(s.version()), distanceMeters);
        }
    }

    @Type("StorePayload")
    public record StorePayload(StoreNode store, @NonNull List<@NonNull UserError> errors) implements Payload {
        static StorePayload of(Store store) {
            return new StorePayload(StoreNode.of(store, null), List.of());
        }

        static StorePayload refused(List<UserError> errors) {
            return new StorePayload(null, errors);
        }
    }

    @Input("GeoPointInput")
    @Description("A point in degrees: latitude -90 to 90, longitude -180 to 180")
    public record GeoPointInput(@NonNull BigDecimal latitude, @NonNull BigDecimal longitude) {
        GeoPoint toPoint() {
            return new GeoPoint(latitude, longitude);
        }
    }

    @Input("NewStoreInput")
    public record NewStoreInput(@NonNull String name, @NonNull String address, @NonNull BigDecimal latitude,
                                @NonNull BigDecimal longitude, String openingHours, String phone) {
        StoreDetails toDetails() {
            return new StoreDetails(name, address, new GeoPoint(latitude, longitude), Optional.ofNullable(openingHours),
                    Optional.ofNullable(phone));
        }
    }

    @Input("StorePatchInput")
    @Description("A partial update: absent fields stay; an empty text clears openingHours or phone")
    public record StorePatchInput(String name, String address, BigDecimal latitude, BigDecimal longitude,
                                  String openingHours, String phone) {
        StoreChange toChange() {
            Optional<GeoPoint> location = latitude == null && longitude == null ? Optional.empty()
                    : Optional.of(new GeoPoint(latitude, longitude));
            return new StoreChange(Optional.ofNullable(name), Optional.ofNullable(address), location,
                    Optional.ofNullable(openingHours), Optional.ofNullable(phone));
        }
    }
}
