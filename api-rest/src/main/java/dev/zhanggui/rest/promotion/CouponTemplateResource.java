package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.CouponCode;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.GrantResult;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.CodesInput;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.EnabledInput;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.GrantInput;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.TemplateInput;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;

/** Coupon templates (优惠券) for staff and integrators: define, enable, add codes, grant (发券). */
@Path("/api/v1/coupon-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Coupons", description = "Coupon templates, codes, grants and the coupons customers hold")
@SecurityRequirement(name = "bearer")
public class CouponTemplateResource {
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponService coupons;
    @Inject
    CouponIssuance issuance;
    @Inject
    Provider<Actor> actor;

    public record GrantView(int issued, List<Skipped> skipped) {
        public record Skipped(String customer, String reason) {
        }

        static GrantView of(GrantResult result) {
            return new GrantView(result.issued(), result.skipped().entrySet().stream()
                    .map(e -> new Skipped(e.getKey().value().toString(), e.getValue().refusal().name())).toList());
        }
    }

    public record CodeView(String code, String template, int redemptionLimit, int redeemed) {
    }

    @GET
    @Operation(operationId = "listCouponTemplates", summary = "The merchant's coupon templates, newest first")
    public ListResponse<CouponTemplateView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Page<CouponTemplate> page = templates.list(actor.get(), PageParameters.pageRequest(limit, after));
        Map<CouponTemplateId, Integer> issued = issuance.issued(actor.get().merchant(),
                page.items().stream().map(CouponTemplate::id).toList());
        return ListResponse.of(page, t -> CouponTemplateView.of(t, issued.getOrDefault(t.id(), 0)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCouponTemplate", summary = "One coupon template, with an ETag")
    public Response get(@PathParam("id") String id) {
        return withETag(templates.get(actor.get(), CouponTemplateId.parse(id)));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCouponTemplate", summary = "Define a coupon template")
    public Response create(TemplateInput body) {
        CouponTemplate created = templates.create(actor.get(), required(body).toTerms());
        return Response.created(URI.create("/api/v1/coupon-templates/" + created.id().value()))
                .entity(view(created)).tag(String.valueOf(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateCouponTemplate", summary = "Change the terms of coupons issued from now on; "
            + "If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TemplateInput body) {
        return withETag(templates.update(actor.get(), CouponTemplateId.parse(id), required(body).toTerms(),
                ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/{id}/enabled")
    @Idempotent
    @Operation(operationId = "enableCouponTemplate", summary = "Enable or disable claiming and granting")
    public Response enable(@PathParam("id") String id, EnabledInput body) {
        if (body == null || body.enabled() == null) {
            throw DomainException.invalidField("enabled", ErrorCode.VALIDATION_FAILED, "enabled is required");
        }
        return withETag(templates.enable(actor.get(), CouponTemplateId.parse(id), body.enabled()));
    }

    @GET
    @Path("/{id}/codes")
    @Operation(operationId = "listCouponCodes", summary = "The template's redemption codes, by code, and how often "
            + "each was used")
    public ListResponse<CodeView> codes(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Page<CouponCode> page = templates.codes(actor.get(), CouponTemplateId.parse(id),
                PageParameters.pageRequest(limit, after));
        Map<String, Integer> redeemed = issuance.redeemed(actor.get().merchant(),
                page.items().stream().map(CouponCode::code).toList());
        return ListResponse.of(page, c -> new CodeView(c.code(), c.template().toString(), c.redemptionLimit(),
                redeemed.getOrDefault(c.code(), 0)));
    }

    @POST
    @Path("/{id}/codes")
    @Idempotent
    @Operation(operationId = "addCouponCodes", summary = "Generate unique single-use codes (count), or add one "
            + "shared code with a limit (sharedCode, limit), e.g. WELCOME10")
    public Response addCodes(@PathParam("id") String id, CodesInput body) {
        CouponTemplateId template = CouponTemplateId.parse(id);
        List<CouponCode> added;
        if (body != null && body.sharedCode() != null) {
            if (body.limit() == null) {
                throw DomainException.invalidField("limit", ErrorCode.COUPON_CODE_INVALID, "A shared code needs a limit");
            }
            added = List.of(templates.addSharedCode(actor.get(), template, body.sharedCode(), body.limit()));
        } else if (body != null && body.count() != null) {
            added = templates.generateCodes(actor.get(), template, body.count());
        } else {
            throw DomainException.invalidField("count", ErrorCode.COUPON_CODE_INVALID,
                    "Give a count of codes to generate, or a sharedCode with a limit");
        }
        return Response.status(Response.Status.CREATED).entity(new ListResponse<>(added.stream()
                .map(c -> new CodeView(c.code(), c.template().value().toString(), c.redemptionLimit(), 0))
                .toList(), null)).build();
    }

    @POST
    @Path("/{id}/grants")
    @Idempotent
    @Operation(operationId = "grantCoupons", summary = "Issue the template's coupons (发券) to all members, members "
            + "with a tag or at a level, or listed customers; those at their limit are skipped")
    public Response grant(@PathParam("id") String id, GrantInput body) {
        if (body == null) {
            throw DomainException.invalidField("target", ErrorCode.VALIDATION_FAILED, "Name the target");
        }
        GrantResult result = coupons.grant(actor.get(), CouponTemplateId.parse(id), body.toTarget());
        return Response.ok(GrantView.of(result)).build();
    }

    private CouponTemplateView view(CouponTemplate t) {
        return CouponTemplateView.of(t, issuance.issued(t.merchant(), t.id()));
    }

    private Response withETag(CouponTemplate t) {
        return Response.ok(view(t)).tag(String.valueOf(t.version())).build();
    }

    private static TemplateInput required(TemplateInput body) {
        if (body == null) {
            throw DomainException.invalidField("name", ErrorCode.COUPON_TEMPLATE_INVALID, "A template is required");
        }
        return body;
    }
}
