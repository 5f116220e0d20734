package dev.zhanggui.rest.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.rest.wallet.WalletViews.LedgerEntryView;
import dev.zhanggui.rest.wallet.WalletViews.WalletOperationView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletOperation;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.UUID;

/**
 * A member's wallet for the merchant's staff (会员储值): read it and its history, top up face to
 * face, credit a confirmed deposit, debit for an in-store purchase (划卡), record a repayment of
 * credit (还款), freeze and unfreeze.
 * The {@code Idempotency-Key} of a change is also its operation key in the ledger, so a repeated
 * call is applied once even after the stored answer expired.
 */
@Path("/api/v1/customers/{id}/wallet")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class CustomerWalletResource {
    @Inject
    WalletService wallets;
    @Inject
    WalletPaymentService payments;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getCustomerWallet", summary = "A customer's wallet; 404 CUSTOMER_NOT_FOUND for someone else's customer")
    public Response get(@PathParam("id") String id) {
        return MyWalletResource.withETag(wallets.wallet(actor.get(), CustomerId.parse(id)));
    }

    @GET
    @Path("/entries")
    @Operation(operationId = "listCustomerWalletEntries", summary = "A customer's ledger entries, newest first")
    public ListResponse<LedgerEntryView> entries(
            @PathParam("id") String id,
            @QueryParam("asset") @Parameter(description = "BALANCE, POINTS or CREDIT") String asset,
            @QueryParam("reason") @Parameter(description = "A reason code such as TOPUP or STAFF_DEBIT") String reason,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive), ISO 8601") String from,
            @QueryParam("to") @Parameter(description = "Before this instant (exclusive), ISO 8601") String to,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(wallets.entries(actor.get(), CustomerId.parse(id),
                WalletFields.filter(asset, reason, from, to), PageParameters.pageRequest(limit, after)),
                LedgerEntryView::of);
    }

    @POST
    @Path("/credits")
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WalletOperationView.class)))
    @Operation(operationId = "creditWallet", summary = "Put money on the balance: face-to-face top-up (with bonus), confirmed deposit, credit or correction")
    public Response credit(@PathParam("id") String id, @NotNull @Valid WalletRequests.CreditInput body,
                           @HeaderParam(Idempotent.HEADER) String key) {
        return created(wallets.credit(actor.get(), CustomerId.parse(id), body.toCredit(), operationKey(key)));
    }

    @POST
    @Path("/debits")
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WalletOperationView.class)))
    @Operation(operationId = "debitWallet", summary = "Take money from the balance (划卡), principal first; 422 WALLET_INSUFFICIENT_BALANCE or WALLET_FROZEN")
    public Response debit(@PathParam("id") String id, @NotNull @Valid WalletRequests.DebitInput body,
                          @HeaderParam(Idempotent.HEADER) String key) {
        return created(wallets.debit(actor.get(), CustomerId.parse(id), body.toDebit(), operationKey(key)));
    }

    @POST
    @Path("/credit-repayments")
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WalletOperationView.class)))
    @Operation(operationId = "recordCreditRepayment", summary = "Record a repayment of credit in use (还款) with its method; 422 WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE above what is owed")
    public Response repay(@PathParam("id") String id, @NotNull @Valid WalletRequests.RepaymentInput body,
                          @HeaderParam(Idempotent.HEADER) String key) {
        return created(payments.repayCredit(actor.get(), CustomerId.parse(id), body.toRepayment(), operationKey(key)));
    }

    @POST
    @Path("/freeze")
    @Idempotent
    @Operation(operationId = "freezeWallet", summary = "Freeze the wallet (封禁): no payments or debits; refunds still arrive; the optional note is the reason kept in the audit trail")
    public Response freeze(@PathParam("id") String id, @Valid WalletRequests.ChangeNote body) {
        return MyWalletResource.withETag(wallets.freeze(actor.get(), CustomerId.parse(id), WalletRequests.ChangeNote.of(body)));
    }

    @POST
    @Path("/unfreeze")
    @Idempotent
    @Operation(operationId = "unfreezeWallet", summary = "Unfreeze the wallet; the optional note is kept in the audit trail")
    public Response unfreeze(@PathParam("id") String id, @Valid WalletRequests.ChangeNote body) {
        return MyWalletResource.withETag(wallets.unfreeze(actor.get(), CustomerId.parse(id), WalletRequests.ChangeNote.of(body)));
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "listWalletAudit", summary = "The wallet's audit trail: freezes, unfreezes and credit-limit changes with who, when, before, after and the reason; newest first")
    public ListResponse<WalletViews.AuditEntryView> audit(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(wallets.auditTrail(actor.get(), CustomerId.parse(id),
                PageParameters.pageRequest(limit, after)), WalletViews.AuditEntryView::of);
    }

    /** The ledger's operation key: the client's Idempotency-Key, or a fresh one when it sent none. */
    static String operationKey(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? "auto-" + UUID.randomUUID() : idempotencyKey;
    }

    private static Response created(WalletOperation operation) {
        return Response.status(Response.Status.CREATED).entity(WalletOperationView.of(operation)).build();
    }
}
