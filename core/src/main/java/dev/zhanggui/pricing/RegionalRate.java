package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Set;

/** A carrier's rate for some provinces, named by code or name (偏远地区 often cost more). */
public record RegionalRate(Set<String> provinces, ShippingRate rate) {
    public RegionalRate {
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        if (provinces.isEmpty() || rate == null) {
            throw DomainException.invalidField("regionalRates", ErrorCode.CARRIER_INVALID,
                    "A regional rate names at least one province and a rate");
        }
    }

    public boolean covers(ShippingRegion region) {
        return region.provinceCode().filter(provinces::contains).isPresent()
                || region.provinceName().filter(provinces::contains).isPresent();
    }
}
