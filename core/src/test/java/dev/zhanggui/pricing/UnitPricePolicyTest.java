package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which tier sets a unit price, and price lists with quantity breaks. */
class UnitPricePolicyTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    final SkuId sku = new SkuId(UUID.randomUUID());

    static UnitPrice price(String amount, PriceTier tier) {
        return tier == PriceTier.LIST ? UnitPrice.list(Money.of(amount)) : UnitPrice.of(Money.of(amount), tier, "src");
    }

    @Test
    void the_lowest_candidate_wins_and_names_its_tier() {
        var candidates = new PriceCandidates(price("10.00", PriceTier.LIST),
                Optional.of(price("9.50", PriceTier.LEVEL_RATE)), Optional.of(price("9.00", PriceTier.PRICE_LIST)),
                Optional.of(price("9.20", PriceTier.FLASH_PRICE)));
        assertThat(new DefaultUnitPricePolicy().choose(candidates).tier()).isEqualTo(PriceTier.PRICE_LIST);
    }

    @Test
    void equal_prices_are_explained_by_the_plainer_tier() {
        var candidates = new PriceCandidates(price("10.00", PriceTier.LIST),
                Optional.of(price("10.00", PriceTier.LEVEL_RATE)), Optional.empty(), Optional.empty());
        assertThat(new DefaultUnitPricePolicy().choose(candidates).tier()).isEqualTo(PriceTier.LIST);
    }

    @Test
    void the_price_list_first_rule_lets_the_list_win_even_when_dearer() {
        var candidates = new PriceCandidates(price("10.00", PriceTier.LIST),
                Optional.of(price("7.50", PriceTier.LEVEL_RATE)), Optional.of(price("9.00", PriceTier.PRICE_LIST)),
                Optional.empty());
        assertThat(new PriceListFirstUnitPricePolicy().choose(candidates).amount()).isEqualTo(Money.of("9.00"));
        var withoutList = new PriceCandidates(price("10.00", PriceTier.LIST),
                Optional.of(price("7.50", PriceTier.LEVEL_RATE)), Optional.empty(), Optional.empty());
        assertThat(new PriceListFirstUnitPricePolicy().choose(withoutList).tier()).isEqualTo(PriceTier.LEVEL_RATE);
    }

    @Test
    void quantity_breaks_give_the_price_of_the_highest_break_reached() {
        CustomerGroupId wholesale = new CustomerGroupId(UUID.randomUUID());
        PriceList list = new PriceList(new PriceListId(UUID.randomUUID()), SHOP, "批发价", new PriceListOwner.Group(wholesale),
                ValidityWindow.between(NOW.minusSeconds(60), NOW.plusSeconds(3600)),
                Map.of(sku, List.of(new QuantityBreak(100, Money.of("8.20")), new QuantityBreak(1, Money.of("10.00")),
                        new QuantityBreak(10, Money.of("9.00")))), 0);
        assertThat(list.unitPriceFor(sku, 1)).contains(Money.of("10.00"));
        assertThat(list.unitPriceFor(sku, 9)).contains(Money.of("10.00"));
        assertThat(list.unitPriceFor(sku, 10)).contains(Money.of("9.00"));
        assertThat(list.unitPriceFor(sku, 100)).contains(Money.of("8.20"));
        assertThat(list.unitPriceFor(new SkuId(UUID.randomUUID()), 100)).isEmpty();
        CustomerId someone = new CustomerId(UUID.randomUUID());
        assertThat(list.appliesTo(someone, List.of(wholesale), NOW)).isTrue();
        assertThat(list.appliesTo(someone, List.of(), NOW)).isFalse();
        assertThat(list.appliesTo(someone, List.of(wholesale), NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void a_price_list_with_bad_breaks_is_refused() {
        assertThatThrownBy(() -> new PriceList(new PriceListId(UUID.randomUUID()), SHOP, "x",
                new PriceListOwner.OneCustomer(new CustomerId(UUID.randomUUID())), ValidityWindow.startingAt(NOW),
                Map.of(sku, List.of(new QuantityBreak(0, Money.of("1.00")), new QuantityBreak(0, Money.of("-1.00")))),
                0)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PRICE_LIST_INVALID);
                    assertThat(e.fieldErrors()).hasSizeGreaterThanOrEqualTo(3);
                });
    }

    @Test
    void a_flash_price_cap_counts_what_was_bought_before() {
        FlashPrice flash = new FlashPrice(new FlashPriceId(UUID.randomUUID()), SHOP, sku, Money.of("5.00"),
                ValidityWindow.between(NOW, NOW.plusSeconds(60)), OptionalInt.of(3), 0);
        assertThat(flash.allows(0, 3)).isTrue();
        assertThat(flash.allows(1, 3)).isFalse();
        assertThatThrownBy(() -> new FlashPrice(new FlashPriceId(UUID.randomUUID()), SHOP, sku, Money.of("5.00"),
                ValidityWindow.startingAt(NOW), OptionalInt.of(0), 0))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FLASH_PRICE_INVALID);
    }
}
