package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponFields;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.GrantTarget;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading API text into pricing and coupon values: every fault is a stable code on its field. */
class PricingFieldsTest {
    private final String sku = UUID.randomUUID().toString();

    @Test
    void a_cart_with_defaults() {
        QuoteRequest request = PricingFields.quoteRequest(List.of(new PricingFields.LineText(sku, 2, null)),
                null, null, null, null, null, null);
        assertThat(request.lines()).hasSize(1);
        assertThat(request.coupon()).isEqualTo(CouponChoice.BEST);
        assertThat(request.delivery()).isEqualTo(DeliveryMethod.EXPRESS);
        assertThat(request.region()).isEmpty();
    }

    @Test
    void a_named_coupon_pickup_and_a_region() {
        String coupon = UUID.randomUUID().toString();
        QuoteRequest request = PricingFields.quoteRequest(List.of(new PricingFields.LineText(sku, 1, null)),
                null, coupon, "pickup", null, "440000", null);
        assertThat(request.coupon()).isInstanceOf(CouponChoice.Specific.class);
        assertThat(request.delivery()).isEqualTo(DeliveryMethod.PICKUP);
        assertThat(request.region().orElseThrow().provinceCode()).contains("440000");
        assertThat(PricingFields.quoteRequest(List.of(new PricingFields.LineText(sku, 1, null)), null, "none",
                null, null, null, null).coupon()).isEqualTo(CouponChoice.NONE);
    }

    @Test
    void every_fault_of_a_cart_is_reported_at_once() {
        assertThatThrownBy(() -> PricingFields.quoteRequest(List.of(new PricingFields.LineText("x", 0, "y"),
                new PricingFields.LineText(sku, null, null)), "z", "maybe", "drone", "w", null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.QUOTE_INVALID);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("lines[0].sku",
                            "lines[0].quantity", "lines[0].store", "lines[1].quantity", "customer", "coupon",
                            "delivery", "carrier");
                });
        assertThatThrownBy(() -> PricingFields.quoteRequest(List.of(), null, null, null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().field()).isEqualTo("lines"));
    }

    @Test
    void amounts_are_plain_decimals() {
        assertThat(PricingFields.money("price", "9.9", ErrorCode.CARRIER_INVALID)).contains(Money.of("9.90"));
        assertThat(PricingFields.money("price", " ", ErrorCode.CARRIER_INVALID)).isEmpty();
        for (String bad : List.of("1e9", "-1.00", "abc", "1.2.3")) {
            assertThatThrownBy(() -> PricingFields.money("price", bad, ErrorCode.CARRIER_INVALID))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo(ErrorCode.CARRIER_INVALID));
        }
        assertThatThrownBy(() -> PricingFields.instant("from", "yesterday", ErrorCode.PROMOTION_INVALID))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void coupon_terms_from_text() {
        CouponTerms terms = CouponFields.terms("九折券", new CouponFields.BenefitText("rate", null, "0.9", "30.00"),
                "100.00", new CouponFields.ScopeText("PRODUCTS", List.of(sku)),
                new CouponFields.ValidityText("FIXED_WINDOW", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", null),
                100, 1, false);
        assertThat(terms.benefit()).isEqualTo(new CouponBenefit.Rate(new BigDecimal("0.9"),
                java.util.Optional.of(Money.of("30.00"))));
        assertThat(terms.scope().kind()).isEqualTo(CouponScope.Kind.PRODUCTS);
        assertThat(terms.validity()).isInstanceOf(CouponValidity.FixedWindow.class);
        assertThat(terms.stackableWithPromotions()).isFalse();
        assertThatThrownBy(() -> CouponFields.terms("x", new CouponFields.BenefitText("GIFT", null, null, null),
                null, null, new CouponFields.ValidityText("DAYS_FROM_CLAIM", null, null, 3), 1, 1, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().field()).isEqualTo("benefit.kind"));
        assertThatThrownBy(() -> CouponFields.terms("x", new CouponFields.BenefitText("FIXED_AMOUNT", "5.00", null,
                null), null, null, new CouponFields.ValidityText("FIXED_WINDOW", "2026-02-01T00:00:00Z",
                "2026-01-01T00:00:00Z", null), 1, 1, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().field()).isEqualTo("validity.until"));
    }

    @Test
    void grant_targets_from_text() {
        assertThat(CouponFields.target("all_members", null, null, null)).isInstanceOf(GrantTarget.AllMembers.class);
        assertThat(CouponFields.target("TAG", "VIP", null, null)).isInstanceOf(GrantTarget.Tagged.class);
        assertThat(CouponFields.target("CUSTOMERS", null, null, List.of(sku))).isInstanceOf(GrantTarget.Listed.class);
        assertThatThrownBy(() -> CouponFields.target("LEVEL", null, "no", null)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_LEVEL_NOT_FOUND));
        assertThatThrownBy(() -> CouponFields.target("EVERYONE", null, null, null)).isInstanceOf(DomainException.class);
    }
}
