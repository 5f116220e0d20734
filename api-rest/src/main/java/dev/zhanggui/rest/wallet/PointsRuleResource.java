package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.CheckInViews.PointsRulesView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.PointsRulesService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The merchant's points rules as {code, args}: check-in rules and earning rules (purchases,
 * referrals); anyone may read them, admins set them.
 */
@Path("/api/v1/points-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class PointsRuleResource {
    @Inject
    PointsRulesService rules;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getPointsRules", summary = "The check-in and earning rules in force (the defaults until the merchant sets its own)")
    public PointsRulesView get() {
        return PointsRulesView.of(rules.rules(actor.get()));
    }

    @PUT
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "setPointsRules", summary = "Replace the check-in rules (rules), the earning rules (earningRules), "
            + "or both; a part left out stays; 400 POINTS_RULE_INVALID / POINTS_RULE_CODE_UNKNOWN with field errors")
    public Response set(@NotNull PointsRulesView body) {
        return Response.ok(PointsRulesView.of(rules.replace(actor.get(), PointsRulesView.toCore(body.rules()),
                PointsRulesView.toCore(body.earningRules())))).build();
    }
}
