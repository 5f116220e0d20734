package dev.zhanggui.pricing;

import dev.zhanggui.pricing.inmemory.InMemoryCarrierRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shipping fees per carrier: 首重 for the first kilogram, 续重 per further kilogram or part of one. */
class ShippingFeeTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    final ShippingRate standard = new ShippingRate(Money.of("10.00"), Money.of("2.00"));

    @Test
    void the_first_kilogram_costs_the_first_weight_price_and_each_part_of_a_further_one_the_additional() {
        assertThat(standard.feeFor(0)).isEqualTo(Money.of("10.00"));
        assertThat(standard.feeFor(1000)).isEqualTo(Money.of("10.00"));
        assertThat(standard.feeFor(1001)).isEqualTo(Money.of("12.00"));
        assertThat(standard.feeFor(2000)).isEqualTo(Money.of("12.00"));
        assertThat(standard.feeFor(2500)).isEqualTo(Money.of("14.00"));
    }

    @Test
    void a_regional_rate_applies_to_its_provinces_by_code_or_name() {
        Carrier sf = new CarrierService(new InMemoryCarrierRepository(), new InMemoryTransactions(),
                new TimeOrderedIdGenerator(Clock.systemUTC())).create(Actor.admin(SHOP, "a"), "顺丰", standard,
                List.of(new RegionalRate(Set.of("650000", "西藏自治区"),
                        new ShippingRate(Money.of("20.00"), Money.of("8.00")))));
        assertThat(sf.feeFor(1500, Optional.of(ShippingRegion.of("650000", null)))).isEqualTo(Money.of("28.00"));
        assertThat(sf.feeFor(1500, Optional.of(ShippingRegion.of(null, "西藏自治区")))).isEqualTo(Money.of("28.00"));
        assertThat(sf.feeFor(1500, Optional.of(ShippingRegion.of("440000", "广东省")))).isEqualTo(Money.of("12.00"));
        assertThat(sf.feeFor(1500, Optional.empty())).isEqualTo(Money.of("12.00"));
    }

    @Test
    void customers_see_only_enabled_carriers() {
        CarrierService carriers = new CarrierService(new InMemoryCarrierRepository(), new InMemoryTransactions(),
                new TimeOrderedIdGenerator(Clock.systemUTC()));
        Actor admin = Actor.admin(SHOP, "a");
        Carrier sf = carriers.create(admin, "顺丰", standard, List.of());
        carriers.create(admin, "中通", standard, List.of());
        carriers.enable(admin, sf.id(), false);
        assertThat(carriers.list(Actor.customer(SHOP, "kc", "13800000001"), PageRequest.first(10)).items())
                .extracting(Carrier::name).containsExactly("中通");
        assertThat(carriers.list(admin, PageRequest.first(10)).items()).extracting(Carrier::name)
                .containsExactly("顺丰", "中通");
        assertThatThrownBy(() -> new ShippingRate(Money.of("-1.00"), Money.zero()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CARRIER_INVALID);
    }
}
