package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.rest.wallet.WithdrawalViews.WithdrawalView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.Withdrawal;
import dev.zhanggui.wallet.WithdrawalId;
import dev.zhanggui.wallet.WithdrawalService;
import dev.zhanggui.wallet.WalletFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The calling customer's withdrawals (提现): request one (the amount is held at once), follow them. */
@Path("/api/v1/me/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class MyWithdrawalResource {
    @Inject
    WithdrawalService withdrawals;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Operation(operationId = "requestWithdrawal", summary = "Withdraw principal; 422 WALLET_INSUFFICIENT_BALANCE beyond principal, 400 WITHDRAWAL_BELOW_MINIMUM")
    public Response request(@NotNull WithdrawalViews.RequestInput body) {
        Withdrawal w = withdrawals.request(actor.get(), WalletFields.requiredMoney("amount", body.amount()));
        return Response.created(URI.create("/api/v1/me/withdrawals/" + w.id())).entity(WithdrawalView.of(w)).build();
    }

    @GET
    @Operation(operationId = "listMyWithdrawals", summary = "The calling customer's withdrawals, newest first")
    public ListResponse<WithdrawalView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(withdrawals.myWithdrawals(actor.get(), PageParameters.pageRequest(limit, after)),
                WithdrawalView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyWithdrawal", summary = "One of the calling customer's withdrawals")
    public WithdrawalView get(@PathParam("id") String id) {
        return WithdrawalView.of(withdrawals.withdrawal(actor.get(), WithdrawalId.parse(id)));
    }
}
