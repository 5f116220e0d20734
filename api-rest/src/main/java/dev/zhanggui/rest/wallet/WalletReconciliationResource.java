package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.WalletViews.ReconciliationView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WalletReconciliation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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

/** Reconciliation (对账): every wallet of the merchant recomputed from its ledger. */
@Path("/api/v1/wallets/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class WalletReconciliationResource {
    @Inject
    WalletReconciliation reconciliation;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @Operation(operationId = "reconcileWallets", summary = "Recompute every wallet from its entries and report differences (there must be none)")
    public Response reconcile() {
        return Response.ok(ReconciliationView.of(reconciliation.reconcile(actor.get()))).build();
    }
}
