package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quote (报价): prices a cart without creating anything. A customer quotes for themselves, staff
 * may name a customer, an anonymous visitor quotes as a guest (with X-Merchant) without coupons.
 */
@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
public class QuoteResource {
    @Inject
    QuoteService quotes;
    @Inject
    Provider<Actor> actor;

    @POST
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Idempotent
    @Operation(operationId = "quote", summary = "Price a cart: unit prices and their tiers, promotions, coupon, "
            + "shipping and the payable total, with the reasons anything did not apply")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuoteView.class)))
    public Response quote(QuoteInput input) {
        if (input == null) {
            throw DomainException.invalidField("lines", ErrorCode.QUOTE_INVALID, "A cart to quote is required");
        }
        return Response.ok(QuoteView.of(quotes.quote(actor.get(), input.toRequest()))).build();
    }
}
