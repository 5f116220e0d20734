package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.TopUpViews.TopUpView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.StartedTopUp;
import dev.zhanggui.wallet.TopUpService;
import dev.zhanggui.wallet.WalletFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.net.URI;

/**
 * The calling customer tops up online (在线充值): by a plan or an amount. The answer carries the
 * payment to make; the wallet is credited when the gateway confirms it.
 */
@Path("/api/v1/me/topups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class MyTopUpResource {
    @Inject
    TopUpService topUps;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TopUpView.class)))
    @Operation(operationId = "startTopUp", summary = "Start a top-up by planId or amount; answers the payment intent to pay")
    public Response start(@NotNull @Valid TopUpRequests.TopUpInput body) {
        StartedTopUp started = topUps.start(actor.get(), body.plan(), WalletFields.money("amount", body.amount()));
        return Response.created(URI.create("/api/v1/me/payments/" + started.topUp().payment()))
                .entity(TopUpView.of(started)).build();
    }
}
