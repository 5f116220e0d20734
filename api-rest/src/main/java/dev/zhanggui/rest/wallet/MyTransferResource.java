package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.WalletViews.LedgerEntryView;
import dev.zhanggui.rest.wallet.WalletViews.WalletView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletTransfer;
import dev.zhanggui.wallet.WalletTransferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
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

/**
 * The calling customer transfers principal to another customer of the merchant (余额转让), if the
 * merchant allows it. The Idempotency-Key also names the transfer, so a repeat moves nothing more.
 */
@Path("/api/v1/me/wallet/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class MyTransferResource {
    @Inject
    WalletTransferService transfers;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "WalletTransferInput")
    public record TransferInput(@Schema(required = true, example = "13800000002") String recipientPhone,
                                @Schema(format = "number", required = true, example = "50.00") String amount) {
    }

    @Schema(name = "WalletTransfer", description = "A transfer done: the sender's wallet and the entry of each side")
    public record TransferView(String key, String recipientId, WalletView wallet, List<LedgerEntryView> entries,
                               boolean replayed) {
        static TransferView of(WalletTransfer t) {
            return new TransferView(t.key(), t.to().toString(), WalletView.of(t.sent().wallet()),
                    t.sent().entries().stream().map(LedgerEntryView::of).toList(), t.sent().replayed());
        }
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TransferView.class)))
    @Operation(operationId = "transferBalance", summary = "Transfer principal to another customer by phone; 403 WALLET_TRANSFER_DISABLED unless the merchant allows it")
    public Response transfer(@NotNull TransferInput body, @HeaderParam(Idempotent.HEADER) String key) {
        WalletTransfer done = transfers.transfer(actor.get(), body.recipientPhone(),
                WalletFields.requiredMoney("amount", body.amount()), CustomerWalletResource.operationKey(key));
        return Response.status(Response.Status.CREATED).entity(TransferView.of(done)).build();
    }
}
