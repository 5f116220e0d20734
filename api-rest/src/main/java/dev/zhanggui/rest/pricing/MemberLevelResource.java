package dev.zhanggui.rest.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.pricing.LevelPriceService;
import dev.zhanggui.rest.pricing.PricingInputs.LevelInput;
import dev.zhanggui.rest.pricing.PricingInputs.LevelPriceInput;
import dev.zhanggui.rest.pricing.PricingViews.LevelPriceView;
import dev.zhanggui.rest.pricing.PricingViews.LevelView;
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

/**
 * Member levels (会员级别) and their level prices (等级会员价). Customers may read the levels; staff,
 * admins and integrators define them.
 */
@Path("/api/v1/member-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class MemberLevelResource {
    @Inject
    MemberLevelService levels;
    @Inject
    LevelPriceService levelPrices;
    @Inject
    Provider<Actor> actor;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "listMemberLevels", summary = "The merchant's member levels, lowest requirement first")
    public ListResponse<LevelView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(levels.list(actor.get(), PageParameters.pageRequest(limit, after)), LevelView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getMemberLevel", summary = "One member level, with an ETag")
    public Response get(@PathParam("id") String id) {
        return withETag(levels.get(actor.get(), MemberLevelId.parse(id)));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createMemberLevel", summary = "Define a member level")
    public Response create(LevelInput body) {
        MemberLevel level = levels.create(actor.get(), required(body).toLevel());
        return Response.created(URI.create("/api/v1/member-levels/" + level.id().value()))
                .entity(LevelView.of(level)).tag(String.valueOf(level.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateMemberLevel", summary = "Change a member level; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           LevelInput body) {
        return withETag(levels.update(actor.get(), MemberLevelId.parse(id), required(body).toLevel(),
                ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "removeMemberLevel", summary = "Remove a member level and its level prices")
    public Response remove(@PathParam("id") String id) {
        levels.remove(actor.get(), MemberLevelId.parse(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/prices")
    @Operation(operationId = "listLevelPrices", summary = "The level's fixed SKU prices, by SKU id")
    public ListResponse<LevelPriceView> prices(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(levelPrices.list(actor.get(), MemberLevelId.parse(id),
                PageParameters.pageRequest(limit, after)), LevelPriceView::of);
    }

    @PUT
    @Path("/{id}/prices/{skuId}")
    @Idempotent
    @Operation(operationId = "setLevelPrice", summary = "Fix what members of the level pay for a SKU")
    public Response setPrice(@PathParam("id") String id, @PathParam("skuId") String skuId, LevelPriceInput body) {
        if (body == null) {
            throw DomainException.invalidField("price", ErrorCode.LEVEL_PRICE_INVALID, "price is required");
        }
        return Response.ok(LevelPriceView.of(levelPrices.set(actor.get(), MemberLevelId.parse(id),
                SkuId.parse(skuId), body.toPrice()))).build();
    }

    @DELETE
    @Path("/{id}/prices/{skuId}")
    @Idempotent
    @Operation(operationId = "removeLevelPrice", summary = "Let the level's rate price the SKU again")
    public Response removePrice(@PathParam("id") String id, @PathParam("skuId") String skuId) {
        levelPrices.remove(actor.get(), MemberLevelId.parse(id), SkuId.parse(skuId));
        return Response.noContent().build();
    }

    private static Response withETag(MemberLevel level) {
        return Response.ok(LevelView.of(level)).tag(String.valueOf(level.version())).build();
    }

    private static LevelInput required(LevelInput body) {
        if (body == null) {
            throw DomainException.invalidField("name", ErrorCode.MEMBER_LEVEL_INVALID, "A level is required");
        }
        return body;
    }
}
