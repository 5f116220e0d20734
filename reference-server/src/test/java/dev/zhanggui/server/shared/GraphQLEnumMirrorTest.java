package dev.zhanggui.server.shared;

import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums;
import dev.zhanggui.graphql.order.OrderEnums;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL API mirrors some core enums (the core jar is not indexed for the schema); a value
 * added in the core but not in its mirror would make every answer that carries it fail.
 */
class GraphQLEnumMirrorTest {
    @Test
    void stock_change_reasons_are_mirrored() {
        assertThat(names(dev.zhanggui.graphql.catalog.StockReason.values()))
                .containsExactlyInAnyOrder(names(StockChangeReason.values()));
    }

    @Test
    void wallet_entry_reasons_and_assets_are_mirrored() {
        assertThat(names(dev.zhanggui.graphql.wallet.WalletEnums.WalletEntryReason.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.wallet.LedgerReason.values()));
        assertThat(names(dev.zhanggui.graphql.wallet.WalletEnums.WalletAsset.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.wallet.Asset.values()));
        assertThat(names(dev.zhanggui.graphql.wallet.WalletEnums.WalletRepaymentMethod.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.wallet.RepaymentMethod.values()));
        assertThat(names(dev.zhanggui.graphql.wallet.WalletAuditTypes.WalletChangeValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.wallet.WalletChange.values()));
    }

    @Test
    void order_enums_are_mirrored() {
        assertThat(names(OrderEnums.OrderStatusValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.OrderStatus.values()));
        assertThat(names(OrderEnums.OrderSourceValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.OrderSource.values()));
        assertThat(names(OrderEnums.TenderTypeValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.TenderType.values()));
        assertThat(names(OrderEnums.OrderActionValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.OrderAction.values()));
        assertThat(names(OrderEnums.CartLineAvailability.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.CartLineState.Availability.values()));
        assertThat(names(OrderEnums.DeliveryMethodValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.pricing.DeliveryMethod.values()));
        assertThat(names(OrderEnums.InvoiceTypeValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.order.InvoiceRequest.Type.values()));
    }

    @Test
    void after_sale_enums_are_mirrored() {
        assertThat(names(AfterSaleEnums.AfterSaleStatusValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.AfterSaleStatus.values()));
        assertThat(names(AfterSaleEnums.AfterSaleTypeValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.AfterSaleType.values()));
        assertThat(names(AfterSaleEnums.AfterSaleActionValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.AfterSaleAction.values()));
        assertThat(names(AfterSaleEnums.RefundOriginValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.Refund.Origin.values()));
        assertThat(names(AfterSaleEnums.RefundStatusValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.RefundStatus.values()));
        assertThat(names(AfterSaleEnums.RefundPartStatusValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.RefundPartStatus.values()));
        assertThat(names(AfterSaleEnums.ReturnRestockValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.ReturnRestock.values()));
        assertThat(names(AfterSaleEnums.OrderRefundStateValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.RefundedAmounts.State.values()));
        assertThat(names(AfterSaleEnums.RefundDestinationValue.values()))
                .containsExactlyInAnyOrder(names(dev.zhanggui.aftersale.RefundDestination.values()));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
