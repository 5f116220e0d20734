package dev.zhanggui.pricing;

import java.util.Optional;

/** Where goods go, as far as shipping fees care: the province, by code (e.g. {@code 440000}) and/or name (广东省). */
public record ShippingRegion(Optional<String> provinceCode, Optional<String> provinceName) {
    public ShippingRegion {
        provinceCode = provinceCode == null ? Optional.empty() : provinceCode.map(String::strip).filter(s -> !s.isEmpty());
        provinceName = provinceName == null ? Optional.empty() : provinceName.map(String::strip).filter(s -> !s.isEmpty());
    }

    public static ShippingRegion of(String code, String name) {
        return new ShippingRegion(Optional.ofNullable(code), Optional.ofNullable(name));
    }
}
