package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryNode;
import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product export (商品导出): the product list, with the same filters as {@code GET /api/v1/products},
 * as an {@code .xlsx} in the import template's format, one row per SKU with the central
 * warehouse's stock; edited, it can be imported again.
 */
@Path("/api/v1/products/export")
@Tag(name = "Product import", description = "Spreadsheet import of products and SKUs, run as a job")
public class ProductExportResource {
    @Inject
    ProductService products;
    @Inject
    CategoryService categories;
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;

    @GET
    @Produces(ProductImportResource.XLSX)
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF})
    @Operation(operationId = "exportProducts", summary = "The products matching the filters as an .xlsx in the import template's format (staff)")
    public Response export(
            @QueryParam("q") @Parameter(description = "Text in the name, code or barcode") String q,
            @QueryParam("category") @Parameter(description = "A category id; its sub-categories are included") String category,
            @QueryParam("status") @Parameter(description = "ON_SALE, IN_WAREHOUSE or OFF_SHELF") String status,
            @QueryParam("sort") @Parameter(description = "MERCHANT (default), NEWEST, PRICE_ASC, PRICE_DESC or SALES") String sort) {
        Actor caller = actor.get();
        ProductQuery query = new ProductQuery(Optional.ofNullable(q), ProductFields.category("category", category),
                ProductFields.status("status", status), ProductFields.sort(sort));
        Map<CategoryId, String> names = new HashMap<>();
        collect(categories.tree(caller), names);
        // The first page is read before the response starts, so that a bad filter is still a clean 4xx.
        Page<Product> first = products.search(caller, query, PageRequest.first(PageRequest.MAX_LIMIT));
        StreamingOutput body = out -> {
            try (ProductSheetWriter writer = new ProductSheetWriter(out)) {
                for (Page<Product> page = first; ; ) {
                    List<Sku> skus = page.items().stream().flatMap(p -> p.skus().stream()).toList();
                    writer.write(page.items(), stock.levels(caller.merchant(), skus.stream().map(Sku::id).toList(),
                            Optional.empty()), names);
                    if (page.next().isEmpty()) {
                        break;
                    }
                    page = products.search(caller, query, new PageRequest(PageRequest.MAX_LIMIT, page.next()));
                }
            }
        };
        return ProductImportResource.attachment(body, ProductImportResource.XLSX, "products.xlsx");
    }

    private static void collect(List<CategoryNode> nodes, Map<CategoryId, String> names) {
        for (CategoryNode node : nodes) {
            Category category = node.category();
            names.put(category.id(), category.name());
            collect(node.children(), names);
        }
    }
}
