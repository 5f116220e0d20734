package dev.zhanggui.rest.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.rest.wallet.WithdrawalViews.WithdrawalView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WithdrawalId;
import dev.zhanggui.wallet.WithdrawalService;
import dev.zhanggui.wallet.WithdrawalStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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

import java.util.Arrays;
import java.util.Optional;

/**
 * Withdrawals for the merchant's staff: list them, approve, reject (the hold returns to the
 * customer's principal) and mark paid once the money was transferred.
 */
@Path("/api/v1/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class WithdrawalResource {
    @Inject
    WithdrawalService withdrawals;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listWithdrawals", summary = "The merchant's withdrawals, newest first")
    public ListResponse<WithdrawalView> list(
            @QueryParam("status") @Parameter(description = "REQUESTED, APPROVED, REJECTED or PAID") String status,
            @QueryParam("customerId") @Parameter(description = "Of one customer") String customerId,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(withdrawals.withdrawals(actor.get(),
                Optional.ofNullable(customerId).map(CustomerId::parse), status(status),
                PageParameters.pageRequest(limit, after)), WithdrawalView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWithdrawal", summary = "One withdrawal")
    public WithdrawalView get(@PathParam("id") String id) {
        return WithdrawalView.of(withdrawals.withdrawal(actor.get(), WithdrawalId.parse(id)));
    }

    @POST
    @Path("/{id}/approve")
    @Idempotent
    @Operation(operationId = "approveWithdrawal", summary = "Approve a requested withdrawal; 409 WITHDRAWAL_INVALID_TRANSITION")
    public Response approve(@PathParam("id") String id) {
        return Response.ok(WithdrawalView.of(withdrawals.approve(actor.get(), WithdrawalId.parse(id)))).build();
    }

    @POST
    @Path("/{id}/reject")
    @Idempotent
    @Operation(operationId = "rejectWithdrawal", summary = "Reject with a reason; the held amount returns to principal")
    public Response reject(@PathParam("id") String id, WithdrawalViews.RejectInput body) {
        return Response.ok(WithdrawalView.of(withdrawals.reject(actor.get(), WithdrawalId.parse(id),
                Optional.ofNullable(body).map(WithdrawalViews.RejectInput::reason)))).build();
    }

    @POST
    @Path("/{id}/pay")
    @Idempotent
    @Operation(operationId = "markWithdrawalPaid", summary = "Record that an approved withdrawal was transferred, with its reference")
    public Response pay(@PathParam("id") String id, WithdrawalViews.PayInput body) {
        return Response.ok(WithdrawalView.of(withdrawals.markPaid(actor.get(), WithdrawalId.parse(id),
                Optional.ofNullable(body).map(WithdrawalViews.PayInput::reference)))).build();
    }

    private static Optional<WithdrawalStatus> status(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(WithdrawalStatus.values()).filter(s -> s.name().equals(text)).findFirst().map(Optional::of)
                .orElseThrow(() -> DomainException.invalidField("status", ErrorCode.VALIDATION_FAILED,
                        "status must be one of " + Arrays.toString(WithdrawalStatus.values())));
    }
}
