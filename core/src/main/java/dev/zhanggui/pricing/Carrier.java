package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * A carrier (物流公司) the merchant ships with: a default weight rate (首重 + 续重), optional
 * regional rates (the first that covers the destination wins), enabled or not for the mall.
 * Immutable; changes make new values.
 */
public record Carrier(CarrierId id, MerchantId merchant, String name, ShippingRate rate,
                      List<RegionalRate> regionalRates, boolean enabled, long version) {
    public Carrier {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 64) {
            throw DomainException.invalidField("name", ErrorCode.CARRIER_INVALID,
                    "A carrier name must be 1 to 64 characters");
        }
        if (rate == null) {
            throw DomainException.invalidField("rate", ErrorCode.CARRIER_INVALID, "A carrier needs a rate");
        }
        regionalRates = regionalRates == null ? List.of() : List.copyOf(regionalRates);
    }

    /** The fee for a parcel of this weight to the region (the default rate if no region is known). */
    public Money feeFor(long weightGrams, Optional<ShippingRegion> region) {
        ShippingRate applicable = region.flatMap(r -> regionalRates.stream().filter(rr -> rr.covers(r)).findFirst())
                .map(RegionalRate::rate).orElse(rate);
        return applicable.feeFor(weightGrams);
    }

    public Carrier revised(String newName, ShippingRate newRate, List<RegionalRate> newRegionalRates) {
        return new Carrier(id, merchant, newName, newRate, newRegionalRates, enabled, version + 1);
    }

    public Carrier enabled(boolean on) {
        return new Carrier(id, merchant, name, rate, regionalRates, on, version + 1);
    }
}
