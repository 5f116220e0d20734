package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 003, 驳回: the merchant rejects a request with a reason (退款退货信息有误); the customer reads
 * it and applies again; returned goods damaged by the customer are rejected with the reason too.
 */
class RejectAndReapplyScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();
    private final SkuId vase = f.sku("花瓶", "88.00", 5);

    @Test
    void a_rejected_request_frees_its_line_for_a_new_one() {
        Order order = f.paidOnline(buyer, line(vase, 2));
        f.shipAll(order);
        AfterSale first = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 2)));
        assertThatThrownBy(() -> f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND,
                units(0, 1)))).extracting("code").isEqualTo(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST);
        assertThatThrownBy(() -> f.afterSales.reject(f.staff, first.id(), " ", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_REJECTION_REASON_REQUIRED);

        AfterSale rejected = f.afterSales.reject(f.staff, first.id(), "退款退货信息有误, 请重新申请", Optional.empty());
        assertThat(rejected.status()).isEqualTo(AfterSaleStatus.REJECTED);
        assertThat(f.afterSales.one(buyer, first.id()).rejection()).contains("退款退货信息有误, 请重新申请");
        assertThat(f.afterSales.one(buyer, first.id()).events().getLast().note()).contains("退款退货信息有误, 请重新申请");
        assertThat(f.afterSales.reject(f.staff, first.id(), "退款退货信息有误, 请重新申请", Optional.empty()).version())
                .isEqualTo(rejected.version());

        AfterSale again = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        assertThat(again.status()).isEqualTo(AfterSaleStatus.REQUESTED);
        assertThat(f.afterSales.mine(buyer, dev.zhanggui.shared.PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void returned_goods_damaged_by_the_customer_are_rejected_with_the_reason() {
        Order order = f.paidOnline(buyer, line(vase, 1));
        f.shipAll(order);
        f.fulfilment.confirmReceipt(buyer, order.id());
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        f.afterSales.approveWithReturn(f.staff, asked.id(), Optional.empty());
        f.afterSales.submitReturnShipment(buyer, asked.id(), "顺丰", "SF42");
        f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.empty());
        AfterSale rejected = f.afterSales.reject(f.staff, asked.id(), "商品因买家个人原因损坏", Optional.empty());
        assertThat(rejected.status()).isEqualTo(AfterSaleStatus.REJECTED);
        assertThat(f.refundRepository.ofOrder(AfterSaleFixture.SHOP, order.id())).isEmpty();
        assertThatThrownBy(() -> f.afterSales.refund(f.staff, asked.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_INVALID_TRANSITION);
    }
}
