package dev.zhanggui.rest.pricing;

import dev.zhanggui.customer.LevelBasis;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.pricing.PricingSettings;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.UnitPriceRule;
import dev.zhanggui.rest.pricing.PricingInputs.SettingsInput;
import dev.zhanggui.rest.pricing.PricingViews.SettingsView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * The merchant's pricing settings: the unit price rule (LOWEST, or PRICE_LIST_FIRST for wholesale)
 * and whether member levels follow lifetime earned or current points.
 */
@Path("/api/v1/pricing-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class PricingSettingsResource {
    @Inject
    QuoteService quotes;
    @Inject
    MemberLevelService levels;
    @Inject
    PricingSettings settings;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getPricingSettings", summary = "The merchant's unit price rule and member level basis")
    public SettingsView get() {
        return view();
    }

    @PUT
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "updatePricingSettings", summary = "Choose the unit price rule and/or the level basis")
    public Response update(SettingsInput body) {
        if (body == null) {
            throw DomainException.invalidField("unitPriceRule", ErrorCode.VALIDATION_FAILED, "Give a setting");
        }
        if (body.unitPriceRule() != null) {
            quotes.chooseUnitPriceRule(actor.get(), named("unitPriceRule", body.unitPriceRule(), UnitPriceRule.class));
        }
        if (body.levelBasis() != null) {
            levels.chooseBasis(actor.get(), named("levelBasis", body.levelBasis(), LevelBasis.class));
        }
        return Response.ok(view()).build();
    }

    private SettingsView view() {
        return new SettingsView(settings.unitPriceRule(actor.get().merchant()).name(),
                levels.basis(actor.get()).name());
    }

    private static <E extends Enum<E>> E named(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.VALIDATION_FAILED, field + " is not one of the choices");
        }
    }
}
