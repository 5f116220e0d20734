package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The after-sales table on its own: every row, every refusal outside it, every guard. */
class AfterSaleTransitionsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final AfterSaleReason REASON = DefaultAfterSaleReasons.LIST.getFirst();

    private static AfterSale in(AfterSaleStatus status, AfterSaleType type) {
        return new AfterSale(new AfterSaleId(UUID.randomUUID()), MerchantId.of("shop"), new OrderId(UUID.randomUUID()),
                "N1", new CustomerId(UUID.randomUUID()), type, List.of(new AfterSaleLine(0, 1)), REASON,
                Optional.empty(), List.of(), NOW, status, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new AfterSaleEvent(NOW, "kc-1", Actor.Kind.CUSTOMER, AfterSaleAction.REQUEST, Optional.empty(),
                        status, Optional.empty())), 1);
    }

    private static final AfterSaleTransitions.Step FULL = new AfterSaleTransitions.Step(Optional.of("because"),
            Optional.of(new ReturnShipment("顺丰", "SF1", NOW)));

    @Test
    void every_action_outside_the_table_is_an_invalid_transition_naming_the_status() {
        for (AfterSaleAction action : AfterSaleAction.values()) {
            EnumSet<AfterSaleStatus> refused = EnumSet.allOf(AfterSaleStatus.class);
            refused.removeAll(AfterSaleTransitions.allowedFrom(action));
            for (AfterSaleStatus status : refused) {
                AfterSale afterSale = in(status, AfterSaleType.RETURN_AND_REFUND);
                assertThatThrownBy(() -> AfterSaleTransitions.next(afterSale, action, FULL))
                        .isInstanceOf(DomainException.class).hasMessageContaining(status.name())
                        .extracting("code").isEqualTo(ErrorCode.AFTERSALE_INVALID_TRANSITION);
            }
        }
        assertThat(AfterSaleTransitions.allowedFrom(AfterSaleAction.REQUEST)).isEmpty();
        for (AfterSaleStatus status : AfterSaleStatus.values()) {
            assertThat(AfterSaleTransitions.actionsFrom(status).isEmpty()).as(status.name())
                    .isEqualTo(status.isFinal());
        }
    }

    @Test
    void every_row_leads_where_the_table_says() {
        for (AfterSaleTransitions.Transition row : AfterSaleTransitions.table()) {
            assertThat(AfterSaleTransitions.next(in(row.from(), AfterSaleType.RETURN_AND_REFUND), row.action(), FULL))
                    .isEqualTo(row.to());
        }
        assertThat(AfterSaleTransitions.actionsFrom(AfterSaleStatus.REQUESTED)).containsExactly(
                AfterSaleAction.APPROVE_RETURN, AfterSaleAction.AGREE_REFUND, AfterSaleAction.RECORD_MANUAL_REFUND,
                AfterSaleAction.REJECT, AfterSaleAction.WITHDRAW);
        assertThat(AfterSaleTransitions.actionsFrom(AfterSaleStatus.REFUNDING))
                .containsExactly(AfterSaleAction.COMPLETE_REFUND);
    }

    @Test
    void guards_veto_with_typed_reasons() {
        AfterSale refundOnly = in(AfterSaleStatus.REQUESTED, AfterSaleType.REFUND_ONLY);
        assertThat(AfterSaleTransitions.vetoes(refundOnly, AfterSaleAction.APPROVE_RETURN, FULL))
                .containsExactly(AfterSaleVeto.RETURN_NOT_EXPECTED);
        assertThat(AfterSaleTransitions.vetoes(refundOnly, AfterSaleAction.REJECT, AfterSaleTransitions.Step.NONE))
                .containsExactly(AfterSaleVeto.REASON_REQUIRED);
        assertThat(AfterSaleTransitions.vetoes(refundOnly, AfterSaleAction.REJECT,
                AfterSaleTransitions.Step.text("x".repeat(201)))).containsExactly(AfterSaleVeto.REASON_REQUIRED);
        assertThat(AfterSaleTransitions.vetoes(refundOnly, AfterSaleAction.RECORD_MANUAL_REFUND,
                AfterSaleTransitions.Step.text(" "))).containsExactly(AfterSaleVeto.NOTE_REQUIRED);
        assertThat(AfterSaleTransitions.vetoes(in(AfterSaleStatus.AWAITING_RETURN, AfterSaleType.RETURN_AND_REFUND),
                AfterSaleAction.SUBMIT_RETURN_SHIPMENT, new AfterSaleTransitions.Step(Optional.empty(),
                        Optional.of(new ReturnShipment("", "SF1", NOW))))).containsExactly(
                AfterSaleVeto.RETURN_SHIPMENT_REQUIRED);
        for (AfterSaleVeto veto : AfterSaleVeto.values()) {
            assertThat(veto.code().name()).startsWith("AFTERSALE_");
        }
    }

    @Test
    void a_step_repeated_changes_nothing_and_a_refund_is_never_issued_twice() {
        Actor staff = Actor.staff(MerchantId.of("shop"), "s");
        AfterSale afterSale = in(AfterSaleStatus.REQUESTED, AfterSaleType.RETURN_AND_REFUND);
        assertThat(afterSale.approveWithReturn(staff, NOW)).isTrue();
        assertThat(afterSale.approveWithReturn(staff, NOW)).isFalse();
        assertThat(afterSale.version()).isEqualTo(2);
        assertThat(afterSale.markReturnReceived(staff, NOW)).isTrue();
        RefundId refund = new RefundId(UUID.randomUUID());
        assertThat(afterSale.agreeToRefund(refund, staff, NOW)).isTrue();
        assertThat(afterSale.agreeToRefund(new RefundId(UUID.randomUUID()), staff, NOW)).isFalse();
        assertThat(afterSale.refund()).contains(refund);
        assertThatThrownBy(() -> afterSale.recordManualRefund(new RefundId(UUID.randomUUID()), "cash", staff, NOW))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_ALREADY_REFUNDED);
        assertThat(afterSale.completeRefund(staff, NOW)).isTrue();
        assertThat(afterSale.completeRefund(staff, NOW)).isFalse();
        assertThat(afterSale.status()).isEqualTo(AfterSaleStatus.REFUNDED);
    }
}
