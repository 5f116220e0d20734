package dev.zhanggui.rest.order;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How the calling customer could pay an order of a given total (抵扣预览): the most points usable
 * and what they are worth, the balance, and for the chosen points and balance the split checkout
 * will make. Checkout's rules and refusals apply.
 */
@Path("/api/v1/me/payment-options")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class MyPaymentOptionsResource {
    @Inject
    PaymentOptionsService options;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "PaymentOptions")
    public record OptionsView(@Schema(description = "Points in the wallet") long pointsAvailable,
                              @Schema(description = "The most points that may pay this total: the merchant's share "
                                      + "of it, at most what the wallet has; none from a frozen wallet") long pointsUsable,
                              @Schema(format = "number", example = "12.00") String pointsUsableWorth,
                              @Schema(format = "number", description = "0.00 when the wallet is frozen") String balanceAvailable,
                              boolean walletFrozen,
                              @Schema(description = "The points chosen") long points,
                              @Schema(format = "number") String paidByPoints,
                              @Schema(format = "number") String paidByBalance,
                              @Schema(format = "number", description = "What is left for the other tender") String due) {
        static OptionsView of(PaymentOptions o) {
            return new OptionsView(o.pointsAvailable().value(), o.pointsUsable().value(),
                    o.pointsUsableWorth().amount().toPlainString(), o.balanceAvailable().amount().toPlainString(),
                    o.walletFrozen(), o.points().value(), o.paidByPoints().amount().toPlainString(),
                    o.paidByBalance().amount().toPlainString(), o.due().amount().toPlainString());
        }
    }

    @GET
    @Operation(operationId = "getMyPaymentOptions", summary = "Points and balance for an order total, and the split "
            + "of the chosen ones; 400 ORDER_TENDER_INVALID, 422 WALLET_INSUFFICIENT_POINTS, 422 WALLET_FROZEN")
    public OptionsView get(@Parameter(description = "The order total, e.g. the quote's payable", example = "237.00")
                           @QueryParam("total") String total,
                           @Parameter(description = "Points to pay with (default 0)",
                                   schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("points") String points,
                           @Parameter(description = "Pay with the balance after points (default false)",
                                   schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("useBalance") String useBalance) {
        return OptionsView.of(options.options(actor.get(), PricingFields.money("total", total,
                        ErrorCode.ORDER_TENDER_INVALID).orElseThrow(() -> DomainException.invalidField("total",
                        ErrorCode.ORDER_TENDER_INVALID, "Give the order total, e.g. total=99.50")),
                points(points), flag(useBalance)));
    }

    private static Points points(String text) {
        if (text == null || text.isBlank()) {
            return Points.zero();
        }
        try {
            return Points.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("points", ErrorCode.ORDER_TENDER_INVALID, "points is a whole number");
        }
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank() || text.strip().equals("false")) {
            return false;
        }
        if (text.strip().equals("true")) {
            return true;
        }
        throw DomainException.invalidField("useBalance", ErrorCode.ORDER_TENDER_INVALID, "useBalance is true or false");
    }
}
