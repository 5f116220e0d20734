package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.catalog.ProductInputTypes.NewProductInput;
import dev.zhanggui.graphql.catalog.ProductInputTypes.ProductFilterInput;
import dev.zhanggui.graphql.catalog.ProductInputTypes.ProductPatchInput;
import dev.zhanggui.graphql.catalog.ProductTypes.DeleteProductPayload;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductConnection;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductNode;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductPayload;
import dev.zhanggui.graphql.catalog.ProductTypes.SkuMatchNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Products over GraphQL: the storefront browses and scans (anonymous callers name the merchant
 * with {@code X-Merchant}); staff keep the catalog. A product's SKUs and categories come with the
 * page that lists it (the repository loads them for the whole page at once), never one by one.
 */
@GraphQLApi
public class ProductGraphQL {
    @Inject
    ProductService products;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("products")
    @Description("Search and browse products; customers and anonymous callers see products on sale only")
    @PermitAll
    public @NonNull ProductConnection products(@Name("first") @DefaultValue("20") int first,
                                               @Name("after") String after,
                                               @Name("filter") ProductFilterInput filter,
                                               @Name("sort") @DefaultValue("MERCHANT") ProductEnums.Sort sort) {
        ProductQuery query = filter == null ? new ProductQuery(null, null, null, sort.toCore())
                : new ProductQuery(Optional.ofNullable(filter.q()),
                ProductFields.category("filter.categoryId", filter.categoryId()),
                Optional.ofNullable(filter.status()).map(ProductEnums.Status::toCore), sort.toCore(),
                ProductFields.store("filter.storeId", filter.storeId()));
        return ProductConnection.of(products.search(actor.get(), query, PageRequest.of(first, after)), query.store());
    }

    @Query("product")
    @Description("One product by id or code, or null; a product not on sale is null for customers")
    @PermitAll
    public ProductNode product(@Id @Name("id") String id, @Name("code") String code,
                               @Id @Name("storeId") @Description("Show this store's stock instead of the central warehouse's")
                               String storeId) {
        if ((id == null) == (code == null)) {
            throw DomainException.invalidField("id", ErrorCode.VALIDATION_FAILED, "Give exactly one of id and code");
        }
        Optional<StoreId> stockAt = ProductFields.store("storeId", storeId);
        return nullIfAbsent(() -> ProductNode.of(id != null ? products.get(actor.get(), ProductId.parse(id))
                : products.getByCode(actor.get(), code), stockAt), ErrorCode.PRODUCT_NOT_FOUND);
    }

    @Query("skuByBarcode")
    @Description("Scan-and-go (扫码购): the SKU with this barcode, or the first SKU of the product with it; or null")
    @PermitAll
    public SkuMatchNode skuByBarcode(@NonNull @Name("barcode") String barcode,
                                     @Id @Name("storeId") @Description("The store scanned in: show its stock")
                                     String storeId) {
        Optional<StoreId> stockAt = ProductFields.store("storeId", storeId);
        return nullIfAbsent(() -> SkuMatchNode.of(products.scan(actor.get(), barcode), stockAt),
                ErrorCode.SKU_NOT_FOUND);
    }

    @Mutation("createProduct")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ProductPayload createProduct(@NonNull @Name("input") NewProductInput input,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return productMutation("createProduct", idempotencyKey, input,
                () -> products.create(actor.get(), input.toNewProduct()));
    }

    @Mutation("updateProduct")
    @Description("Changes a product; on sale, specs and prices are refused with PRODUCT_ON_SALE_LOCKED unless the"
            + " merchant allows editing on sale")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ProductPayload updateProduct(@NonNull @Id @Name("id") String id,
                                                 @NonNull @Name("input") ProductPatchInput input,
                                                 @Name("expectedVersion") Integer expectedVersion,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return productMutation("updateProduct", idempotencyKey, List.of(id, input, String.valueOf(expectedVersion)),
                () -> products.update(actor.get(), ProductId.parse(id), input.toChange(), version(expectedVersion)));
    }

    @Mutation("setProductStatus")
    @Description("Puts a product on sale (上架), into the warehouse, or off shelf (下架)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ProductPayload setProductStatus(@NonNull @Id @Name("id") String id,
                                                    @NonNull @Name("status") ProductEnums.Status status,
                                                    @Name("expectedVersion") Integer expectedVersion,
                                                    @Name("idempotencyKey") String idempotencyKey) {
        return productMutation("setProductStatus", idempotencyKey,
                List.of(id, status.name(), String.valueOf(expectedVersion)),
                () -> products.changeStatus(actor.get(), ProductId.parse(id), status.toCore(), version(expectedVersion)));
    }

    @Mutation("deleteProduct")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull DeleteProductPayload deleteProduct(@NonNull @Id @Name("id") String id,
                                                       @Name("expectedVersion") Integer expectedVersion,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("deleteProduct", idempotencyKey, Arrays.asList(id, String.valueOf(expectedVersion)),
                DeleteProductPayload.class, () -> {
                    products.delete(actor.get(), ProductId.parse(id), version(expectedVersion));
                    return new DeleteProductPayload(id, List.of());
                }, DeleteProductPayload::refused);
    }

    private ProductPayload productMutation(String operation, String idempotencyKey, Object input,
                                           Supplier<Product> work) {
        return mutations.run(operation, idempotencyKey, input, ProductPayload.class,
                () -> ProductPayload.of(work.get()), ProductPayload::refused);
    }

    private static <T> T nullIfAbsent(Supplier<T> lookup, ErrorCode absent) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.code() == absent) {
                return null;
            }
            throw e;
        }
    }

    private static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }
}
