package dev.zhanggui.rest.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit limit (授信额度), set by the merchant's admins or an integration. */
@Path("/api/v1/customers/{id}/credit-limit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class CreditLimitResource {
    @Inject
    WalletService wallets;
    @Inject
    Provider<Actor> actor;

    @PUT
    @Idempotent
    @Operation(operationId = "setCreditLimit", summary = "Set the credit limit; 422 WALLET_CREDIT_LIMIT_EXCEEDED below the credit in use; If-Match the wallet's ETag")
    public Response set(@PathParam("id") String id, @NotNull @Valid WalletRequests.CreditLimitInput body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return MyWalletResource.withETag(wallets.setCreditLimit(actor.get(), CustomerId.parse(id),
                WalletFields.requiredMoney("limit", body.limit()), ETags.expectedVersion(ifMatch),
                java.util.Optional.ofNullable(body.note())));
    }
}
