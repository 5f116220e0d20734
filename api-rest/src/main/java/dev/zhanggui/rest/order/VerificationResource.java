package dev.zhanggui.rest.order;

import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.VerificationFilter;
import dev.zhanggui.rest.order.FulfilmentViews.VerificationReportView;
import dev.zhanggui.rest.order.OrderInputs.VerificationInput;
import dev.zhanggui.rest.order.OrderViews.OrderView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;

/**
 * In-store verification (核销): staff scan the code a pickup or scan-and-go order carries, once;
 * and the verifications made (核销记录), a staff member's own or, for the admin, everyone's.
 */
@Path("/api/v1/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class VerificationResource {
    @Inject
    FulfilmentService fulfilment;
    @Inject
    OrderSettings settings;
    @Inject
    OrderAnswers answers;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF})
    @Operation(operationId = "verifyOrderCode", summary = "Verify a code in store (核销): the order is completed; a "
            + "second scan is 409 VERIFICATION_ALREADY_USED")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response verify(VerificationInput body) {
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw DomainException.invalidField("code", ErrorCode.ORDER_INVALID, "The code to verify is required");
        }
        var order = fulfilment.verify(actor.get(), body.code());
        return Response.ok(answers.view(order)).tag(String.valueOf(order.version()))
                .contentLocation(URI.create("/api/v1/orders/" + order.id())).build();
    }

    @GET
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "listVerifications", summary = "The verifications made, newest first, with the totals of "
            + "the filter and of today; staff see their own, the admin everyone's")
    public VerificationReportView list(
            @QueryParam("staff") @Parameter(description = "Admin: one staff member's (their user id)") String staff,
            @QueryParam("from") @Parameter(description = "Verified from: an ISO instant or a date in the merchant's zone")
            String from,
            @QueryParam("until") @Parameter(description = "Verified before: an ISO instant, or a date (that day included)")
            String until,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Actor caller = actor.get();
        ZoneId zone = settings.of(caller.merchant()).zone();
        OrderFields fields = new OrderFields();
        VerificationFilter filter = new VerificationFilter(fields.text("staff", staff, 255),
                fields.bound("from", from, zone, false), fields.bound("until", until, zone, true));
        fields.check();
        return VerificationReportView.of(fulfilment.verifications(caller, filter,
                PageParameters.pageRequest(limit, after)));
    }
}
