package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.CheckInViews.CheckInResultView;
import dev.zhanggui.rest.wallet.CheckInViews.CheckInView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CheckInService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The calling customer's daily check-in (每日签到) and this month's check-ins. */
@Path("/api/v1/me/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class MyCheckInResource {
    @Inject
    CheckInService checkIns;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CheckInResultView.class)))
    @Operation(operationId = "checkIn", summary = "Check in today and earn its points; 409 CHECK_IN_ALREADY_DONE the second time a day")
    public Response checkIn() {
        return Response.status(Response.Status.CREATED).entity(CheckInResultView.of(checkIns.checkIn(actor.get())))
                .build();
    }

    @GET
    @Operation(operationId = "listMyCheckIns", summary = "This month's check-ins (in the merchant's time zone), oldest first")
    public List<CheckInView> thisMonth() {
        return checkIns.myCheckInsThisMonth(actor.get()).stream().map(CheckInView::of).toList();
    }
}
