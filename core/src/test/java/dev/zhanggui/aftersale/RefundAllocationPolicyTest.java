package dev.zhanggui.aftersale;

import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allocation policies on their own: proportions, whole points, priorities, and the checks on a policy. */
class RefundAllocationPolicyTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final Tender ONLINE = Tender.settled(TenderType.ONLINE, Money.of("60.00"), "pay-1", AT);
    private static final Tender BALANCE = Tender.settled(TenderType.BALANCE, Money.of("30.00"), "N:balance", AT);
    private static final Tender POINTS = Tender.points(Points.of(1000), PointsRate.perYuan(100), "N:points", AT);

    private static List<TenderRefundable> fresh(Tender... tenders) {
        return java.util.Arrays.stream(tenders).map(t -> new TenderRefundable(t, Money.zero(), Points.zero())).toList();
    }

    @Test
    void the_default_splits_in_proportion_to_what_is_left_to_the_fen_and_the_point() {
        List<RefundAllocation> split = new DefaultRefundAllocationPolicy().allocate(Money.of("33.33"),
                fresh(ONLINE, BALANCE, POINTS));
        // 33.33 × 60/100 = 19.998, × 30/100 = 9.999, × 10/100 = 3.333: floors 19.99, 9.99, 3.33 leave two
        // fen, which go to the largest remainders (.9 then .8)
        assertThat(split).extracting(RefundAllocation::amount)
                .containsExactly(Money.of("20.00"), Money.of("10.00"), Money.of("3.33"));
        assertThat(split.get(2).points()).isEqualTo(Points.of(333));
        assertThat(split.get(0).reference()).contains("pay-1");
    }

    @Test
    void points_taken_at_an_uneven_rate_come_back_whole_and_all_of_them_at_the_end() {
        // 10 points at 3 points = 1.00 paid 3.33
        Tender points = Tender.points(Points.of(10), PointsRate.of(3, Money.of("1.00")), "N:points", AT);
        assertThat(points.amount()).isEqualTo(Money.of("3.33"));
        TenderRefundable left = new TenderRefundable(points, Money.zero(), Points.zero());
        RefundAllocation first = left.allocate(Money.of("1.00"));
        assertThat(first.points()).isEqualTo(Points.of(3));
        TenderRefundable after = new TenderRefundable(points, Money.of("1.00"), Points.of(3));
        RefundAllocation second = after.allocate(Money.of("1.66"));
        // floor(10 × 2.66 / 3.33) = 7, less the 3 given back
        assertThat(second.points()).isEqualTo(Points.of(4));
        RefundAllocation last = new TenderRefundable(points, Money.of("2.66"), Points.of(7)).allocate(Money.of("0.67"));
        assertThat(last.points()).isEqualTo(Points.of(3));
        assertThatThrownBy(() -> left.allocate(Money.of("3.34"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_priority_policies_empty_one_tender_before_the_next() {
        List<RefundAllocation> walletFirst = PriorityRefundAllocationPolicy.walletFirst().allocate(Money.of("35.00"),
                fresh(ONLINE, BALANCE, POINTS));
        assertThat(walletFirst).extracting(RefundAllocation::tender, RefundAllocation::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TenderType.POINTS, Money.of("10.00")),
                org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("25.00")),
                org.assertj.core.groups.Tuple.tuple(TenderType.ONLINE, Money.zero()));
        assertThat(walletFirst.getFirst().points()).isEqualTo(Points.of(1000));
        List<RefundAllocation> onlineFirst = PriorityRefundAllocationPolicy.onlineFirst().allocate(Money.of("65.00"),
                fresh(ONLINE, BALANCE, POINTS));
        assertThat(onlineFirst).extracting(RefundAllocation::amount)
                .containsExactly(Money.of("60.00"), Money.of("5.00"), Money.zero());
    }

    @Test
    void a_policy_that_overpays_a_tender_or_does_not_add_up_is_stopped() {
        RefundAllocationPolicy greedy = (amount, tenders) -> tenders.stream()
                .map(t -> new RefundAllocation(t.type(), t.tender().reference(), t.paid(), t.tender().points()))
                .toList();
        RefundCalculator calculator = new RefundCalculator(greedy);
        dev.zhanggui.order.Order order = RefundInvariantsPropertyTest.orderPaidBy(List.of(ONLINE, BALANCE, POINTS));
        assertThatThrownBy(() -> calculator.plan(order, List.of(new AfterSaleLine(0, 1)), AfterSaleTerms.DEFAULT))
                .isInstanceOf(IllegalStateException.class);
    }
}
