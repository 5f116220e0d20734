package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.AfterSaleReasonSettings;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.aftersale.AfterSaleViews.ReasonsView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The after-sales reasons the merchant offers (售后原因): read for the request form, replaced by admins. */
@Path("/api/v1/after-sale-reasons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class AfterSaleReasonResource {
    @Inject
    AfterSaleService afterSales;
    @Inject
    Provider<Actor> actor;

    @Inject
    AfterSaleReasonSettings settings;

    @GET
    @Operation(operationId = "listAfterSaleReasons", summary = "The merchant's after-sales reasons, in the order shown; "
            + "a request names one by its code")
    public ReasonsView list() {
        return ReasonsView.of(afterSales.reasons(actor.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "setAfterSaleReasons", summary = "Replace the merchant's after-sales reasons: 1 to 30, "
            + "unique codes, code and names of 1 to 30 characters; earlier requests keep the reason they chose")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReasonsView.class)))
    public Response set(ReasonsView body) {
        List<AfterSaleReason> reasons = body == null || body.items() == null ? null : body.items().stream()
                .map(r -> r == null ? null : new AfterSaleReason(r.code(), r.name(), r.englishName())).toList();
        return Response.ok(ReasonsView.of(settings.set(actor.get(), reasons))).build();
    }
}
