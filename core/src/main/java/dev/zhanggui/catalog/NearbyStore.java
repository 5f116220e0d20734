package dev.zhanggui.catalog;

/** A store and how far it is from where the shopper stands, in meters along the earth's surface. */
public record NearbyStore(Store store, long distanceMeters) {
}
