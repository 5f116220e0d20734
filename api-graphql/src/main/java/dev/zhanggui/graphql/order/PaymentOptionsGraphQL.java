package dev.zhanggui.graphql.order;

import dev.zhanggui.order.PaymentOptions;
import dev.zhanggui.order.PaymentOptionsService;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/**
 * How the calling customer could pay an order total (抵扣预览): the most points usable and their
 * worth, the balance, and the split of the chosen points and balance, as checkout will make it.
 */
@GraphQLApi
public class PaymentOptionsGraphQL {
    @Inject
    PaymentOptionsService options;
    @Inject
    Provider<Actor> actor;

    @Type("PaymentOptions")
    @Description("抵扣预览: what the wallet may pay of an order total, and the split of the chosen points and balance")
    public record PaymentOptionsNode(long pointsAvailable,
                                     @Description("The most points that may pay this total: the merchant's share of "
                                             + "it, at most what the wallet has; none from a frozen wallet")
                                     long pointsUsable, @NonNull String pointsUsableWorth,
                                     @Description("0.00 when the wallet is frozen") @NonNull String balanceAvailable,
                                     boolean walletFrozen, long points, @NonNull String paidByPoints,
                                     @NonNull String paidByBalance,
                                     @Description("What is left for the other tender") @NonNull String due) {
        static PaymentOptionsNode of(PaymentOptions o) {
            return new PaymentOptionsNode(o.pointsAvailable().value(), o.pointsUsable().value(),
                    o.pointsUsableWorth().amount().toPlainString(), o.balanceAvailable().amount().toPlainString(),
                    o.walletFrozen(), o.points().value(), o.paidByPoints().amount().toPlainString(),
                    o.paidByBalance().amount().toPlainString(), o.due().amount().toPlainString());
        }
    }

    @Query("myPaymentOptions")
    @Description("Points and balance for an order total (e.g. the quote's payable), and the split of the chosen "
            + "ones; refused as checkout would refuse them (ORDER_TENDER_INVALID, WALLET_INSUFFICIENT_POINTS, WALLET_FROZEN)")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull PaymentOptionsNode myPaymentOptions(@Name("total") @NonNull String total,
                                                        @Name("points") @DefaultValue("0") int points,
                                                        @Name("useBalance") @DefaultValue("false") boolean useBalance) {
        return PaymentOptionsNode.of(options.options(actor.get(), PricingFields.money("total", total,
                        ErrorCode.ORDER_TENDER_INVALID).orElseThrow(() -> DomainException.invalidField("total",
                        ErrorCode.ORDER_TENDER_INVALID, "Give the order total, e.g. \"99.50\"")),
                Points.of(points), useBalance));
    }
}
