package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** Port: the ordered products of a merchant's placements. Every method is confined to one merchant. */
public interface PlacementRepository {
    /** The products of a placement in order; empty for a placement never set. */
    List<ProductId> productIds(MerchantId merchant, String code);

    /** Replaces the whole list of a placement; writers of one placement queue behind each other. */
    void replace(MerchantId merchant, String code, List<ProductId> productIds);
}
