package dev.zhanggui.promotion;

import java.util.List;

/** {@code free_shipping}: shipping costs nothing (包邮); with {@code minimum_spend} it is 满额包邮. */
public final class FreeShippingAction implements PromotionAction {
    public static final String CODE = "free_shipping";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ArgumentSpec> arguments() {
        return List.of();
    }

    @Override
    public PromotionStage stage() {
        return PromotionStage.SHIPPING;
    }

    @Override
    public PromotionEffect apply(CartView cart, PromotionArguments args) {
        return new PromotionEffect.FreeShipping();
    }
}
