package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.rest.wallet.WalletViews.LedgerEntryView;
import dev.zhanggui.rest.wallet.WalletViews.WalletView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CreditStatementService;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
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

/** The calling customer's own wallet (我的钱包), its history (余额明细, 积分明细) and credit statement. */
@Path("/api/v1/me/wallet")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class MyWalletResource {
    @Inject
    WalletService wallets;
    @Inject
    CreditStatementService statements;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getMyWallet", summary = "The calling customer's wallet, opened empty at the first call")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WalletView.class)))
    public Response get() {
        return withETag(wallets.myWallet(actor.get()));
    }

    @GET
    @Path("/entries")
    @Operation(operationId = "listMyWalletEntries", summary = "The calling customer's ledger entries, newest first")
    public ListResponse<LedgerEntryView> entries(
            @QueryParam("asset") @Parameter(description = "BALANCE, POINTS or CREDIT") String asset,
            @QueryParam("reason") @Parameter(description = "A reason code such as TOPUP or ORDER_PAYMENT") String reason,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive), ISO 8601") String from,
            @QueryParam("to") @Parameter(description = "Before this instant (exclusive), ISO 8601") String to,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(wallets.myEntries(actor.get(), WalletFields.filter(asset, reason, from, to),
                PageParameters.pageRequest(limit, after)), LedgerEntryView::of);
    }

    @GET
    @Path("/credit-statement")
    @Operation(operationId = "getMyCreditStatement", summary = "The calling customer's credit statement (授信对账单); days in the merchant's time zone")
    public CreditViews.CreditStatementView creditStatement(
            @QueryParam("from") @Parameter(description = "First day, e.g. 2026-06-01; default the first of to's month") String from,
            @QueryParam("to") @Parameter(description = "Last day, included, e.g. 2026-06-30; default today") String to) {
        return CreditViews.CreditStatementView.of(statements.myStatement(actor.get(), WalletFields.date("from", from),
                WalletFields.date("to", to)));
    }

    static Response withETag(Wallet wallet) {
        return Response.ok(WalletView.of(wallet)).tag(String.valueOf(wallet.version())).build();
    }
}
