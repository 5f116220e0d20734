package dev.zhanggui.rest.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.NewMemberLevel;
import dev.zhanggui.pricing.FlashPriceTerms;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PriceListTerms;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.RegionalRate;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** What staff send to define member levels, groups, price lists, time-limited prices and carriers. */
public final class PricingInputs {
    private PricingInputs() {
    }

    @Schema(name = "MemberLevelInput")
    public record LevelInput(@Schema(required = true, example = "金牌会员") String name,
                             @Schema(required = true, example = "1000") Long pointsRequirement,
                             @Schema(format = "number", required = true, example = "0.75", description = "0 < rate <= 1") String discountRate) {
        NewMemberLevel toLevel() {
            if (pointsRequirement == null) {
                throw DomainException.invalidField("pointsRequirement", ErrorCode.MEMBER_LEVEL_INVALID,
                        "pointsRequirement is required");
            }
            return new NewMemberLevel(name, pointsRequirement, decimal("discountRate", discountRate,
                    ErrorCode.MEMBER_LEVEL_INVALID));
        }
    }

    @Schema(name = "LevelPriceInput")
    public record LevelPriceInput(@Schema(format = "number", required = true, example = "88.00") String price) {
        Money toPrice() {
            return PricingFields.requiredMoney("price", price, ErrorCode.LEVEL_PRICE_INVALID);
        }
    }

    @Schema(name = "CustomerGroupInput")
    public record GroupInput(@Schema(required = true, example = "批发客户") String name) {
    }

    @Schema(name = "CustomerGroupMembersInput")
    public record MembersInput(@Schema(required = true, description = "Customer ids") List<String> customers) {
        List<CustomerId> toIds() {
            if (customers == null || customers.isEmpty()) {
                throw DomainException.invalidField("customers", ErrorCode.CUSTOMER_GROUP_INVALID, "List customers");
            }
            List<CustomerId> ids = new ArrayList<>();
            for (String c : customers) {
                ids.add(new CustomerId(uuid("customers", c, ErrorCode.CUSTOMER_NOT_FOUND)));
            }
            return ids;
        }
    }

    @Schema(name = "PriceListInput")
    public record PriceListInput(@Schema(required = true) String name,
                                 @Schema(nullable = true, description = "The customer group it is for") String group,
                                 @Schema(nullable = true, description = "Or the one customer it is for") String customer,
                                 @Schema(required = true, example = "2026-01-01T00:00:00Z") String validFrom,
                                 @Schema(nullable = true) String validUntil,
                                 @Schema(required = true) List<Entry> entries) {
        PriceListTerms toTerms() {
            ErrorCode invalid = ErrorCode.PRICE_LIST_INVALID;
            PriceListOwner owner;
            if (group != null && customer == null) {
                owner = new PriceListOwner.Group(new CustomerGroupId(uuid("group", group, ErrorCode.CUSTOMER_GROUP_NOT_FOUND)));
            } else if (customer != null && group == null) {
                owner = new PriceListOwner.OneCustomer(new CustomerId(uuid("customer", customer, ErrorCode.CUSTOMER_NOT_FOUND)));
            } else {
                throw DomainException.invalidField("group", invalid, "Name a group or a customer");
            }
            Map<SkuId, List<QuantityBreak>> map = new LinkedHashMap<>();
            List<Entry> list = entries == null ? List.of() : entries;
            for (int i = 0; i < list.size(); i++) {
                Entry e = list.get(i);
                String at = "entries[" + i + "]";
                if (e == null) {
                    throw DomainException.invalidField(at, invalid, "An entry is required");
                }
                List<QuantityBreak> breaks = new ArrayList<>();
                List<Break> given = e.breaks() == null ? List.of() : e.breaks();
                for (int b = 0; b < given.size(); b++) {
                    Break br = given.get(b);
                    if (br == null || br.minQuantity() == null) {
                        throw DomainException.invalidField(at + ".breaks[" + b + "].minQuantity", invalid,
                                "minQuantity is required");
                    }
                    breaks.add(new QuantityBreak(br.minQuantity(), PricingFields.requiredMoney(
                            at + ".breaks[" + b + "].unitPrice", br.unitPrice(), invalid)));
                }
                map.put(new SkuId(uuid(at + ".sku", e.sku(), ErrorCode.SKU_NOT_FOUND)), breaks);
            }
            return new PriceListTerms(name, owner, window(validFrom, validUntil, "validity", invalid), map);
        }
    }

    @Schema(name = "PriceListEntryInput")
    public record Entry(@Schema(required = true) String sku, @Schema(required = true) List<Break> breaks) {
    }

    @Schema(name = "QuantityBreakInput")
    public record Break(@Schema(required = true, example = "10") Integer minQuantity,
                        @Schema(format = "number", required = true, example = "9.00") String unitPrice) {
    }

    @Schema(name = "FlashPriceInput")
    public record FlashPriceInput(@Schema(required = true) String sku,
                                  @Schema(format = "number", required = true, example = "19.90") String price,
                                  @Schema(required = true) String validFrom,
                                  @Schema(required = true) String validUntil,
                                  @Schema(nullable = true, description = "Per-customer cap") Integer perCustomerCap) {
        FlashPriceTerms toTerms() {
            ErrorCode invalid = ErrorCode.FLASH_PRICE_INVALID;
            return new FlashPriceTerms(new SkuId(uuid("sku", sku, ErrorCode.SKU_NOT_FOUND)),
                    PricingFields.requiredMoney("price", price, invalid), window(validFrom, validUntil, "window", invalid),
                    perCustomerCap == null ? OptionalInt.empty() : OptionalInt.of(perCustomerCap));
        }
    }

    @Schema(name = "CarrierInput")
    public record CarrierInput(@Schema(required = true, example = "顺丰速运") String name,
                               @Schema(format = "number", required = true, example = "10.00", description = "首重: the first kg") String firstKg,
                               @Schema(format = "number", required = true, example = "2.00", description = "续重: each further kg or part") String perAdditionalKg,
                               @Schema(nullable = true) List<Regional> regionalRates) {
        ShippingRate toRate() {
            return rate("", firstKg, perAdditionalKg);
        }

        List<RegionalRate> toRegionalRates() {
            List<RegionalRate> rates = new ArrayList<>();
            List<Regional> given = regionalRates == null ? List.of() : regionalRates;
            for (int i = 0; i < given.size(); i++) {
                Regional r = given.get(i);
                String at = "regionalRates[" + i + "].";
                if (r == null) {
                    throw DomainException.invalidField("regionalRates[" + i + "]", ErrorCode.CARRIER_INVALID,
                            "A regional rate is required");
                }
                rates.add(new RegionalRate(r.provinces() == null ? null : new LinkedHashSet<>(r.provinces()),
                        rate(at, r.firstKg(), r.perAdditionalKg())));
            }
            return rates;
        }

        private static ShippingRate rate(String prefix, String first, String additional) {
            return new ShippingRate(PricingFields.requiredMoney(prefix + "firstKg", first, ErrorCode.CARRIER_INVALID),
                    PricingFields.requiredMoney(prefix + "perAdditionalKg", additional, ErrorCode.CARRIER_INVALID));
        }
    }

    @Schema(name = "RegionalRateInput")
    public record Regional(@Schema(required = true, description = "Province codes or names") List<String> provinces,
                           @Schema(format = "number", required = true) String firstKg, @Schema(format = "number", required = true) String perAdditionalKg) {
    }

    @Schema(name = "PricingSettingsInput")
    public record SettingsInput(@Schema(nullable = true, description = "LOWEST or PRICE_LIST_FIRST") String unitPriceRule,
                                @Schema(nullable = true, description = "LIFETIME_EARNED or CURRENT") String levelBasis) {
    }

    static ValidityWindow window(String from, String until, String field, ErrorCode invalid) {
        return ValidityWindow.of(PricingFields.instant(field + ".from", from, invalid).orElse(null),
                PricingFields.instant(field + ".until", until, invalid).orElse(null), field, invalid);
    }

    static BigDecimal decimal(String field, String text, ErrorCode invalid) {
        try {
            if (text == null || text.strip().length() > 12) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, invalid, field + " must be a decimal such as 0.85");
        }
    }

    static UUID uuid(String field, String text, ErrorCode code) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, code, "No such id " + text);
        }
    }
}
