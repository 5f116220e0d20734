package dev.zhanggui.rest.pricing;

import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListOwner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** How member levels, groups, price lists, time-limited prices and carriers are shown. Money in yuan strings. */
public final class PricingViews {
    private PricingViews() {
    }

    @Schema(name = "MemberLevel")
    public record LevelView(String id, String name, long pointsRequirement, @Schema(format = "number") String discountRate, long version) {
        static LevelView of(MemberLevel l) {
            return new LevelView(l.id().value().toString(), l.name(), l.pointsRequirement().value(),
                    l.discountRate().stripTrailingZeros().toPlainString(), l.version());
        }
    }

    @Schema(name = "LevelPrice")
    public record LevelPriceView(String level, String sku, @Schema(format = "number") String price) {
        static LevelPriceView of(LevelPrice p) {
            return new LevelPriceView(p.level().value().toString(), p.sku().value().toString(), p.price().toString());
        }
    }

    @Schema(name = "CustomerGroup")
    public record GroupView(String id, String name,
                            @Schema(description = "How many customers the group holds; they are listed at "
                                    + "/api/v1/customer-groups/{id}/members") int memberCount, long version) {
        static GroupView of(CustomerGroup g) {
            return of(CustomerGroupSummary.of(g));
        }

        static GroupView of(CustomerGroupSummary g) {
            return new GroupView(g.id().toString(), g.name(), g.memberCount(), g.version());
        }
    }

    @Schema(name = "CustomerGroupMember")
    public record MemberView(String customer) {
        static MemberView of(CustomerId customer) {
            return new MemberView(customer.toString());
        }
    }

    @Schema(name = "PriceList")
    public record PriceListView(String id, String name, String group, String customer, Instant validFrom,
                                Instant validUntil, List<EntryView> entries, long version) {
        static PriceListView of(PriceList p) {
            return new PriceListView(p.id().value().toString(), p.name(),
                    p.owner() instanceof PriceListOwner.Group g ? g.group().value().toString() : null,
                    p.owner() instanceof PriceListOwner.OneCustomer c ? c.customer().value().toString() : null,
                    p.validity().from(), p.validity().until().orElse(null),
                    p.entries().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().value()))
                            .map(e -> new EntryView(e.getKey().value().toString(), e.getValue().stream()
                                    .map(b -> new BreakView(b.minQuantity(), b.unitPrice().toString())).toList()))
                            .toList(), p.version());
        }
    }

    @Schema(name = "PriceListEntry")
    public record EntryView(String sku, List<BreakView> breaks) {
    }

    @Schema(name = "QuantityBreak")
    public record BreakView(int minQuantity, @Schema(format = "number") String unitPrice) {
    }

    @Schema(name = "FlashPrice")
    public record FlashPriceView(String id, String sku, @Schema(format = "number") String price, Instant validFrom, Instant validUntil,
                                 Integer perCustomerCap, long version) {
        static FlashPriceView of(FlashPrice f) {
            return new FlashPriceView(f.id().value().toString(), f.sku().value().toString(), f.price().toString(),
                    f.window().from(), f.window().until().orElse(null),
                    f.perCustomerCap().isPresent() ? f.perCustomerCap().getAsInt() : null, f.version());
        }
    }

    @Schema(name = "Carrier")
    public record CarrierView(String id, String name, @Schema(format = "number") String firstKg, @Schema(format = "number") String perAdditionalKg,
                              List<RegionalView> regionalRates, boolean enabled, long version) {
        static CarrierView of(Carrier c) {
            return new CarrierView(c.id().value().toString(), c.name(), c.rate().firstKg().toString(),
                    c.rate().perAdditionalKg().toString(), c.regionalRates().stream()
                    .map(r -> new RegionalView(r.provinces().stream().sorted().toList(),
                            r.rate().firstKg().toString(), r.rate().perAdditionalKg().toString())).toList(),
                    c.enabled(), c.version());
        }
    }

    @Schema(name = "RegionalRate")
    public record RegionalView(List<String> provinces, @Schema(format = "number") String firstKg, @Schema(format = "number") String perAdditionalKg) {
    }

    @Schema(name = "PricingSettings")
    public record SettingsView(@Schema(description = "LOWEST or PRICE_LIST_FIRST") String unitPriceRule,
                               @Schema(description = "LIFETIME_EARNED or CURRENT") String levelBasis) {
    }
}
