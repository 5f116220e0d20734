package dev.zhanggui.rest.promotion;

import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionId;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.EnabledInput;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Promotions (营销活动): conditions and an action as registered {code, args} (minimum_spend,
 * tiered_spend_discount, free_shipping, category_percentage_off, ...), for staff and integrators.
 */
@Path("/api/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Promotions", description = "Promotions stored as registered {code, args} rules")
@SecurityRequirement(name = "bearer")
public class PromotionResource {
    @Inject
    PromotionService promotions;
    @Inject
    Provider<Actor> actor;

    @Schema(name = "PromotionRule")
    public record Rule(@Schema(required = true, example = "tiered_spend_discount") String code,
                       @Schema(description = "Arguments as text, e.g. {\"tiers\": \"200.00:20.00,500.00:60.00\"}")
                       Map<String, String> args) {
        PromotionRule toRule(String field) {
            if (code == null || code.isBlank()) {
                throw DomainException.invalidField(field + ".code", ErrorCode.PROMOTION_INVALID, "A rule needs a code");
            }
            return PromotionRule.of(code.strip(), args);
        }

        static Rule of(PromotionRule r) {
            return new Rule(r.code(), r.args());
        }
    }

    @Schema(name = "PromotionInput")
    public record PromotionInput(@Schema(required = true, example = "满200减20") String name,
                                 @Schema(required = true, example = "2026-06-01T00:00:00Z") String validFrom,
                                 @Schema(nullable = true) String validUntil,
                                 @Schema(nullable = true) List<Rule> conditions,
                                 @Schema(required = true) Rule action,
                                 @Schema(nullable = true, description = "Higher applies first within a stage") Integer priority) {
        PromotionTerms toTerms() {
            ErrorCode invalid = ErrorCode.PROMOTION_INVALID;
            ValidityWindow window = ValidityWindow.of(PricingFields.instant("window.from", validFrom, invalid).orElse(null),
                    PricingFields.instant("window.until", validUntil, invalid).orElse(null), "window", invalid);
            List<Rule> given = conditions == null ? List.of() : conditions;
            List<PromotionRule> rules = new java.util.ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) == null) {
                    throw DomainException.invalidField("conditions[" + i + "]", invalid, "A condition is required");
                }
                rules.add(given.get(i).toRule("conditions[" + i + "]"));
            }
            if (action == null) {
                throw DomainException.invalidField("action", invalid, "A promotion needs an action");
            }
            return new PromotionTerms(name, window, rules, action.toRule("action"), priority == null ? 0 : priority);
        }
    }

    @Schema(name = "Promotion")
    public record PromotionView(String id, String name, Instant validFrom, Instant validUntil, List<Rule> conditions,
                                Rule action, int priority, boolean enabled, long version) {
        static PromotionView of(Promotion p) {
            return new PromotionView(p.id().value().toString(), p.name(), p.window().from(),
                    p.window().until().orElse(null), p.conditions().stream().map(Rule::of).toList(),
                    Rule.of(p.action()), p.priority(), p.enabled(), p.version());
        }
    }

    @GET
    @Operation(operationId = "listPromotions", summary = "The merchant's promotions, newest first")
    public ListResponse<PromotionView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(promotions.list(actor.get(), PageParameters.pageRequest(limit, after)), PromotionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPromotion", summary = "One promotion, with an ETag")
    public Response get(@PathParam("id") String id) {
        return withETag(promotions.get(actor.get(), PromotionId.parse(id)));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createPromotion", summary = "Create a promotion; unknown codes and bad arguments are refused")
    public Response create(PromotionInput body) {
        Promotion p = promotions.create(actor.get(), required(body).toTerms());
        return Response.created(URI.create("/api/v1/promotions/" + p.id().value()))
                .entity(PromotionView.of(p)).tag(String.valueOf(p.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updatePromotion", summary = "Change a promotion; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PromotionInput body) {
        return withETag(promotions.update(actor.get(), PromotionId.parse(id), required(body).toTerms(),
                ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/{id}/enabled")
    @Idempotent
    @Operation(operationId = "enablePromotion", summary = "Enable or disable a promotion")
    public Response enable(@PathParam("id") String id, EnabledInput body) {
        if (body == null || body.enabled() == null) {
            throw DomainException.invalidField("enabled", ErrorCode.VALIDATION_FAILED, "enabled is required");
        }
        return withETag(promotions.enable(actor.get(), PromotionId.parse(id), body.enabled()));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "removePromotion", summary = "Remove a promotion")
    public Response remove(@PathParam("id") String id) {
        promotions.remove(actor.get(), PromotionId.parse(id));
        return Response.noContent().build();
    }

    private static PromotionInput required(PromotionInput body) {
        if (body == null) {
            throw DomainException.invalidField("name", ErrorCode.PROMOTION_INVALID, "A promotion is required");
        }
        return body;
    }

    private static Response withETag(Promotion p) {
        return Response.ok(PromotionView.of(p)).tag(String.valueOf(p.version())).build();
    }
}
