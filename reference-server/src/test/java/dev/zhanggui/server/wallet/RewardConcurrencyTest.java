package dev.zhanggui.server.wallet;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.PointsAward;
import dev.zhanggui.wallet.PointsRewardService;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invited customer's two orders are received at the same moment: both complete and both earn
 * the buyer's purchase points, and the inviter's referral reward is given once, for the one that
 * committed first; no completion fails or waits on the other for good.
 */
@QuarkusTest
class RewardConcurrencyTest {
    @Inject
    CheckoutService checkout;
    @Inject
    OrderPaymentService payments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customers;
    @Inject
    InvitationService invitations;
    @Inject
    WalletService wallets;
    @Inject
    PointsRewardService rewards;

    @Test
    void two_first_orders_completing_at_once_reward_the_inviter_once() throws Exception {
        RewardOrders orders = new RewardOrders(checkout, payments, fulfilment, customers);
        SkuId tea = RewardOrders.onSale("碧螺春", "36.00", 20);
        for (int round = 0; round < 3; round++) {
            Actor inviter = orders.newCustomer();
            Actor invitee = orders.newCustomer();
            invitations.setMyReferrer(invitee, invitations.myInvite(inviter).code().value());
            List<Order> shipped = List.of(orders.shipped(invitee, tea, 1, 0), orders.shipped(invitee, tea, 2, 0));

            List<Order> completed = ParallelCalls.atOnce(2, i -> () -> orders.received(invitee, shipped.get(i)));

            assertThat(completed).extracting(Order::status).containsOnly(OrderStatus.COMPLETED);
            CustomerId inviterId = customers.me(inviter).id();
            CustomerId inviteeId = customers.me(invitee).id();
            List<LedgerEntry> referral = entries(orders, inviterId, LedgerReason.REFERRAL_REWARD);
            assertThat(referral).singleElement().satisfies(e -> {
                assertThat(e.amount()).isEqualTo(10);
                assertThat(shipped.stream().map(o -> Cause.order(o.number()))).contains(e.cause());
            });
            assertThat(entries(orders, inviteeId, LedgerReason.PURCHASE_REWARD)).hasSize(2);
            List<PointsAward> awards = shipped.stream()
                    .flatMap(o -> rewards.awardedFor(orders.admin, o.number()).stream()).toList();
            assertThat(awards).filteredOn(a -> a.kind() == PointsAward.Kind.REFERRAL).singleElement()
                    .satisfies(a -> assertThat(a.customer()).isEqualTo(inviterId));
            assertThat(awards).filteredOn(a -> a.kind() == PointsAward.Kind.PURCHASE).hasSize(2);
            assertThat(Stream.of(completed.get(0), completed.get(1)).mapToLong(o -> o.total().minorUnits() / 100).sum())
                    .isEqualTo(wallets.wallet(orders.admin, inviteeId).points().value());
        }
    }

    private List<LedgerEntry> entries(RewardOrders orders, CustomerId customer, LedgerReason reason) {
        return wallets.entries(orders.admin, customer, new LedgerFilter(Optional.of(Asset.POINTS), Optional.of(reason),
                null, null), PageRequest.first(20)).items();
    }
}
