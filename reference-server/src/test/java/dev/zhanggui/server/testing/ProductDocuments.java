package dev.zhanggui.server.testing;

/** GraphQL documents of the product API, as a storefront or a staff tool sends them. */
public final class ProductDocuments {
    public static final String PRODUCT_FIELDS = """
            id code name barcode description status sortOrder categoryIds lowestPrice currency version
            specs { name values }
            skus { id code barcode listPrice price currency pointsPrice weightGrams specValues { name value } }""";

    public static final String CREATE_PRODUCT = """
            mutation($input: NewProductInput!, $key: String) {
              createProduct(input: $input, idempotencyKey: $key) {
                product { %s } errors { code field message } } }""".formatted(PRODUCT_FIELDS);

    public static final String UPDATE_PRODUCT = """
            mutation($id: ID!, $input: ProductPatchInput!, $v: Int) {
              updateProduct(id: $id, input: $input, expectedVersion: $v) {
                product { %s } errors { code field message } } }""".formatted(PRODUCT_FIELDS);

    public static final String SET_STATUS = """
            mutation($id: ID!, $status: ProductStatus!) {
              setProductStatus(id: $id, status: $status) { product { id status version } errors { code field } } }""";

    public static final String DELETE_PRODUCT = """
            mutation($id: ID!) { deleteProduct(id: $id) { deletedId errors { code } } }""";

    public static final String PRODUCT = """
            query($id: ID, $code: String) { product(id: $id, code: $code) { %s } }""".formatted(PRODUCT_FIELDS);

    public static final String PRODUCTS = """
            query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) {
              products(first: $first, after: $after, filter: $filter, sort: $sort) {
                edges { cursor node { %s } } pageInfo { hasNextPage endCursor } } }""".formatted(PRODUCT_FIELDS);

    public static final String SKU_BY_BARCODE = """
            query($barcode: String!) { skuByBarcode(barcode: $barcode) { sku { code price } product { id name } } }""";

    private ProductDocuments() {
    }
}
