package dev.zhanggui.rest.order;

import dev.zhanggui.order.CheckoutTerms;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.rest.order.OrderSettingsResource.TermsView;
import dev.zhanggui.shared.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The terms a storefront shows at checkout (结算须知): what points are worth and how much of an
 * order they may pay, how long an order may stay unpaid, and the payment terms that apply to the
 * caller. Anyone shopping may read them: anonymous with {@code X-Merchant}, or a customer, whose
 * own payment terms show if the merchant set them.
 */
@Path("/api/v1/checkout-terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order settings", description = "Order numbers, timers, review, points rate, payment terms, holidays")
public class CheckoutTermsResource {
    @Inject
    OrderSettingsService settings;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "CheckoutTerms")
    public record TermsOfCheckout(@Schema(description = "Points worth pointsUnitWorth as a tender", example = "100")
                                  long pointsPerUnit,
                                  @Schema(format = "number", example = "1.00") String pointsUnitWorth,
                                  @Schema(description = "The largest share of an order's total that points may pay, "
                                          + "0 to 100", example = "100")
                                  int pointsMaxSharePercent,
                                  @Schema(description = "Minutes an order may stay unpaid before it closes")
                                  long paymentTimeoutMinutes,
                                  @Schema(description = "The payment terms that apply to the caller") TermsView paymentTerms) {
        static TermsOfCheckout of(CheckoutTerms t) {
            return new TermsOfCheckout(t.pointsRate().points(), t.pointsRate().worth().amount().toPlainString(),
                    t.pointsMaxSharePercent(), t.paymentTimeout().toMinutes(), TermsView.of(t.paymentTerms()));
        }
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getCheckoutTerms", summary = "The points rate and cap, the payment timeout and the "
            + "caller's payment terms; anonymous callers name the merchant with X-Merchant")
    public TermsOfCheckout get() {
        return TermsOfCheckout.of(settings.checkoutTerms(actor.get()));
    }
}
