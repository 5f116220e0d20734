package dev.zhanggui.graphql.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.NewMemberLevel;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.FlashPriceTerms;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PriceListTerms;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.RegionalRate;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** GraphQL types, inputs and payloads of the pricing administration. Money as decimal strings in yuan. */
public final class PricingAdminTypes {
    private PricingAdminTypes() {
    }

    @Type("MemberLevel")
    public record LevelNode(@NonNull @Id String id, @NonNull String name, long pointsRequirement,
                            @NonNull String discountRate, long version) {
        static LevelNode of(MemberLevel l) {
            return new LevelNode(l.id().value().toString(), l.name(), l.pointsRequirement().value(),
                    l.discountRate().stripTrailingZeros().toPlainString(), l.version());
        }
    }

    @Input("MemberLevelInput")
    public record LevelInput(@NonNull String name, long pointsRequirement, @NonNull String discountRate) {
        NewMemberLevel toLevel() {
            return new NewMemberLevel(name, pointsRequirement, decimal(discountRate));
        }
    }

    @Type("MemberLevelPayload")
    public record LevelPayload(LevelNode level, @NonNull List<@NonNull UserError> errors) implements Payload {
        static LevelPayload refused(List<UserError> errors) {
            return new LevelPayload(null, errors);
        }
    }

    @Type("CustomerGroup")
    public record GroupNode(@NonNull @Id String id, @NonNull String name,
                            @Description("How many customers the group holds; they are listed by customerGroupMembers")
                            int memberCount, long version) {
        static GroupNode of(CustomerGroup g) {
            return of(CustomerGroupSummary.of(g));
        }

        static GroupNode of(CustomerGroupSummary g) {
            return new GroupNode(g.id().toString(), g.name(), g.memberCount(), g.version());
        }
    }

    @Type("CustomerGroupPayload")
    public record GroupPayload(GroupNode group, @NonNull List<@NonNull UserError> errors) implements Payload {
        static GroupPayload refused(List<UserError> errors) {
            return new GroupPayload(null, errors);
        }
    }

    @Type("PriceList")
    public record PriceListNode(@NonNull @Id String id, @NonNull String name, @Id String group, @Id String customer,
                                @NonNull String validFrom, String validUntil, @NonNull List<@NonNull EntryNode> entries,
                                long version) {
        static PriceListNode of(PriceList p) {
            return new PriceListNode(p.id().value().toString(), p.name(),
                    p.owner() instanceof PriceListOwner.Group g ? g.group().value().toString() : null,
                    p.owner() instanceof PriceListOwner.OneCustomer c ? c.customer().value().toString() : null,
                    p.validity().from().toString(), p.validity().until().map(Instant::toString).orElse(null),
                    p.entries().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().value()))
                            .map(e -> new EntryNode(e.getKey().value().toString(), e.getValue().stream()
                                    .map(b -> new BreakNode(b.minQuantity(), b.unitPrice().toString())).toList()))
                            .toList(), p.version());
        }
    }

    @Type("PriceListEntry")
    public record EntryNode(@NonNull @Id String sku, @NonNull List<@NonNull BreakNode> breaks) {
    }

    @Type("QuantityBreak")
    public record BreakNode(int minQuantity, @NonNull String unitPrice) {
    }

    @Input("PriceListInput")
    public record PriceListInput(@NonNull String name, @Id String group, @Id String customer,
                                 @NonNull String validFrom, String validUntil,
                                 @NonNull List<@NonNull EntryInput> entries) {
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
            for (int i = 0; i < entries.size(); i++) {
                EntryInput e = entries.get(i);
                List<QuantityBreak> breaks = new ArrayList<>();
                for (int b = 0; b < e.breaks().size(); b++) {
                    breaks.add(new QuantityBreak(e.breaks().get(b).minQuantity(), PricingFields.requiredMoney(
                            "entries[" + i + "].breaks[" + b + "].unitPrice", e.breaks().get(b).unitPrice(), invalid)));
                }
                map.put(new SkuId(uuid("entries[" + i + "].sku", e.sku(), ErrorCode.SKU_NOT_FOUND)), breaks);
            }
            return new PriceListTerms(name, owner, window(validFrom, validUntil, "validity", invalid), map);
        }
    }

    @Input("PriceListEntryInput")
    public record EntryInput(@NonNull @Id String sku, @NonNull List<@NonNull BreakInput> breaks) {
    }

    @Input("QuantityBreakInput")
    public record BreakInput(int minQuantity, @NonNull String unitPrice) {
    }

    @Type("PriceListPayload")
    public record PriceListPayload(PriceListNode priceList, @NonNull List<@NonNull UserError> errors) implements Payload {
        static PriceListPayload refused(List<UserError> errors) {
            return new PriceListPayload(null, errors);
        }
    }

    @Type("FlashPrice")
    public record FlashPriceNode(@NonNull @Id String id, @NonNull @Id String sku, @NonNull String price,
                                 @NonNull String validFrom, @NonNull String validUntil, Integer perCustomerCap,
                                 long version) {
        static FlashPriceNode of(FlashPrice f) {
            return new FlashPriceNode(f.id().value().toString(), f.sku().value().toString(), f.price().toString(),
                    f.window().from().toString(), f.window().until().map(Instant::toString).orElse(""),
                    f.perCustomerCap().isPresent() ? f.perCustomerCap().getAsInt() : null, f.version());
        }
    }

    @Input("FlashPriceInput")
    public record FlashPriceInput(@NonNull @Id String sku, @NonNull String price, @NonNull String validFrom,
                                  @NonNull String validUntil, Integer perCustomerCap) {
        FlashPriceTerms toTerms() {
            ErrorCode invalid = ErrorCode.FLASH_PRICE_INVALID;
            return new FlashPriceTerms(new SkuId(uuid("sku", sku, ErrorCode.SKU_NOT_FOUND)),
                    PricingFields.requiredMoney("price", price, invalid), window(validFrom, validUntil, "window", invalid),
                    perCustomerCap == null ? OptionalInt.empty() : OptionalInt.of(perCustomerCap));
        }
    }

    @Type("FlashPricePayload")
    public record FlashPricePayload(FlashPriceNode flashPrice, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static FlashPricePayload refused(List<UserError> errors) {
            return new FlashPricePayload(null, errors);
        }
    }

    @Type("Carrier")
    public record CarrierNode(@NonNull @Id String id, @NonNull String name, @NonNull String firstKg,
                              @NonNull String perAdditionalKg, @NonNull List<@NonNull RegionalNode> regionalRates,
                              boolean enabled, long version) {
        static CarrierNode of(Carrier c) {
            return new CarrierNode(c.id().value().toString(), c.name(), c.rate().firstKg().toString(),
                    c.rate().perAdditionalKg().toString(), c.regionalRates().stream()
                    .map(r -> new RegionalNode(r.provinces().stream().sorted().toList(),
                            r.rate().firstKg().toString(), r.rate().perAdditionalKg().toString())).toList(),
                    c.enabled(), c.version());
        }
    }

    @Type("RegionalRate")
    public record RegionalNode(@NonNull List<@NonNull String> provinces, @NonNull String firstKg,
                               @NonNull String perAdditionalKg) {
    }

    @Input("CarrierInput")
    public record CarrierInput(@NonNull String name, @NonNull @Description("首重") String firstKg,
                               @NonNull @Description("续重 per further kg or part") String perAdditionalKg,
                               List<RegionalInput> regionalRates) {
        ShippingRate toRate() {
            return rate("", firstKg, perAdditionalKg);
        }

        List<RegionalRate> toRegionalRates() {
            List<RegionalRate> rates = new ArrayList<>();
            List<RegionalInput> given = regionalRates == null ? List.of() : regionalRates;
            for (int i = 0; i < given.size(); i++) {
                RegionalInput r = given.get(i);
                rates.add(new RegionalRate(new LinkedHashSet<>(r.provinces()),
                        rate("regionalRates[" + i + "].", r.firstKg(), r.perAdditionalKg())));
            }
            return rates;
        }

        private static ShippingRate rate(String prefix, String first, String additional) {
            return new ShippingRate(PricingFields.requiredMoney(prefix + "firstKg", first, ErrorCode.CARRIER_INVALID),
                    PricingFields.requiredMoney(prefix + "perAdditionalKg", additional, ErrorCode.CARRIER_INVALID));
        }
    }

    @Input("RegionalRateInput")
    public record RegionalInput(@NonNull List<@NonNull String> provinces, @NonNull String firstKg,
                                @NonNull String perAdditionalKg) {
    }

    @Type("CarrierPayload")
    public record CarrierPayload(CarrierNode carrier, @NonNull List<@NonNull UserError> errors) implements Payload {
        static CarrierPayload refused(List<UserError> errors) {
            return new CarrierPayload(null, errors);
        }
    }

    @Type("PricingSettings")
    public record SettingsNode(@NonNull @Description("LOWEST or PRICE_LIST_FIRST") String unitPriceRule,
                               @NonNull @Description("LIFETIME_EARNED or CURRENT") String levelBasis) {
    }

    @Type("PricingSettingsPayload")
    public record SettingsPayload(SettingsNode settings, @NonNull List<@NonNull UserError> errors) implements Payload {
        static SettingsPayload refused(List<UserError> errors) {
            return new SettingsPayload(null, errors);
        }
    }

    @Type("RemovalPayload")
    public record RemovalPayload(@Id String removed, @NonNull List<@NonNull UserError> errors) implements Payload {
        static RemovalPayload refused(List<UserError> errors) {
            return new RemovalPayload(null, errors);
        }
    }

    static ValidityWindow window(String from, String until, String field, ErrorCode invalid) {
        return ValidityWindow.of(PricingFields.instant(field + ".from", from, invalid).orElse(null),
                PricingFields.instant(field + ".until", until, invalid).orElse(null), field, invalid);
    }

    static BigDecimal decimal(String text) {
        try {
            if (text == null || text.strip().length() > 12) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("discountRate", ErrorCode.MEMBER_LEVEL_INVALID,
                    "discountRate must be a decimal such as 0.85");
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
