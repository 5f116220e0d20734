package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The category tree (分类): anyone reads it (anonymous callers name the merchant with
 * {@code X-Merchant}); staff, admins and integrations change it.
 */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Categories", description = "The merchant's category tree")
@SecurityRequirement(name = "bearer")
public class CategoryResource {
    @Inject
    CategoryService categories;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listCategories", summary = "The whole category tree: top-level categories with their children, by sort order then name")
    public ListResponse<CategoryView> tree() {
        return new ListResponse<>(categories.tree(actor.get()).stream().map(CategoryView::of).toList(), null);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCategory", summary = "Create a category, at the top level or under a parent")
    public Response create(@NotNull @Valid CategoryInputs.NewCategoryInput body) {
        Category category = categories.create(actor.get(), body.toNewCategory());
        return Response.created(URI.create("/api/v1/categories/" + category.id()))
                .entity(CategoryView.of(category)).tag(String.valueOf(category.version())).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getCategory", summary = "One category")
    public Response get(@PathParam("id") String id) {
        return withETag(categories.get(actor.get(), CategoryId.parse(id)));
    }

    @PATCH
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateCategory", summary = "Rename, re-sort or move a category; 422 CATEGORY_CYCLE when moved under its own subtree")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CategoryInputs.CategoryPatch body) {
        return withETag(categories.update(actor.get(), CategoryId.parse(id), body.toChange(),
                ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "deleteCategory", summary = "Delete an empty category; 409 CATEGORY_NOT_EMPTY if it has sub-categories or products")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        categories.delete(actor.get(), CategoryId.parse(id), ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private static Response withETag(Category category) {
        return Response.ok(CategoryView.of(category)).tag(String.valueOf(category.version())).build();
    }
}
