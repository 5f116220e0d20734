package dev.zhanggui.rest.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.rest.wallet.CreditViews.CreditStatementView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CreditStatementService;
import dev.zhanggui.wallet.WalletFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A B2B customer's credit statement (授信对账单) for the merchant's staff. */
@Path("/api/v1/customers/{id}/credit-statement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class CreditStatementResource {
    @Inject
    CreditStatementService statements;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getCustomerCreditStatement", summary = "A customer's credit statement; days in the merchant's time zone; 400 WALLET_STATEMENT_PERIOD_INVALID")
    public CreditStatementView get(
            @PathParam("id") String id,
            @QueryParam("from") @Parameter(description = "First day, e.g. 2026-06-01; default the first of to's month") String from,
            @QueryParam("to") @Parameter(description = "Last day, included, e.g. 2026-06-30; default today") String to) {
        return CreditStatementView.of(statements.statement(actor.get(), CustomerId.parse(id),
                WalletFields.date("from", from), WalletFields.date("to", to)));
    }
}
