package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/**
 * A store (门店) of the merchant: a place shoppers visit or pick up from, with its own stock.
 * Shoppers pick the nearest one.
 */
public final class Store {
    private final StoreId id;
    private final MerchantId merchant;
    private final Instant createdAt;
    private StoreDetails details;
    private long version;

    /** Rebuilds a stored store; used by repositories only. */
    public Store(StoreId id, MerchantId merchant, StoreDetails details, Instant createdAt, long version) {
        this.id = id;
        this.merchant = merchant;
        this.details = details;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Store open(StoreId id, MerchantId merchant, StoreDetails details, Instant now) {
        return new Store(id, merchant, details, now, 0);
    }

    public void describe(StoreDetails newDetails) {
        details = newDetails;
    }

    public long distanceMetersTo(GeoPoint point) {
        return details.location().distanceMetersTo(point);
    }

    public Store copy() {
        return new Store(id, merchant, details, createdAt, version);
    }

    /** Called by a repository after it stored this store with a new version. */
    public void stored(long newVersion) {
        version = newVersion;
    }

    public StoreId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public StoreDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
