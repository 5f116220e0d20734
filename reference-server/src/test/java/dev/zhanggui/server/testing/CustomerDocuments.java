package dev.zhanggui.server.testing;

/** The GraphQL documents of the customer slice, written the way a storefront or staff tool sends them. */
public final class CustomerDocuments {
    public static final String ADDRESS = "id recipient phone province city district detail postalCode isDefault";
    public static final String CUSTOMER = "id phone name email origin tags version "
            + "addresses { " + ADDRESS + " } defaultAddress { id } "
            + "invoiceProfile { invoiceTitle taxpayerId accountName bank bankAccount }";
    public static final String ERRORS = "errors { code field message }";

    public static final String ME = "query { me { " + CUSTOMER + " } }";
    public static final String UPDATE_ME = """
            mutation($input: ProfileInput!, $expectedVersion: Int, $key: String) {
              updateMe(input: $input, expectedVersion: $expectedVersion, idempotencyKey: $key) {
                customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);
    public static final String ADD_ADDRESS = """
            mutation($input: AddressInput!, $key: String) {
              addAddress(input: $input, idempotencyKey: $key) { address { %s } %s } }""".formatted(ADDRESS, ERRORS);
    public static final String UPDATE_ADDRESS = """
            mutation($id: ID!, $input: AddressInput!, $key: String) {
              updateAddress(id: $id, input: $input, idempotencyKey: $key) { address { %s } %s } }"""
            .formatted(ADDRESS, ERRORS);
    public static final String REMOVE_ADDRESS = """
            mutation($id: ID!) { removeAddress(id: $id) { customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);
    public static final String SET_DEFAULT_ADDRESS = """
            mutation($id: ID!) { setDefaultAddress(id: $id) { customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);
    public static final String SET_INVOICE_PROFILE = """
            mutation($input: InvoiceProfileInput!, $key: String) {
              setInvoiceProfile(input: $input, idempotencyKey: $key) { customer { %s } %s } }"""
            .formatted(CUSTOMER, ERRORS);

    public static final String CREATE_CUSTOMER = """
            mutation($input: NewCustomerInput!, $key: String) {
              createCustomer(input: $input, idempotencyKey: $key) { customer { %s } %s } }"""
            .formatted(CUSTOMER, ERRORS);
    public static final String CUSTOMER_BY_ID = "query($id: ID!) { customer(id: $id) { " + CUSTOMER + " } }";
    public static final String CUSTOMERS = """
            query($first: Int, $after: String, $filter: CustomerFilter) {
              customers(first: $first, after: $after, filter: $filter) {
                edges { cursor node { %s } } pageInfo { hasNextPage endCursor } } }""".formatted(CUSTOMER);
    public static final String TAG_CUSTOMER = """
            mutation($id: ID!, $tags: [String!]!, $expectedVersion: Int, $key: String) {
              tagCustomer(id: $id, tags: $tags, expectedVersion: $expectedVersion, idempotencyKey: $key) {
                customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);
    public static final String UNTAG_CUSTOMER = """
            mutation($id: ID!, $tags: [String!]!, $expectedVersion: Int, $key: String) {
              untagCustomer(id: $id, tags: $tags, expectedVersion: $expectedVersion, idempotencyKey: $key) {
                customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);
    public static final String UPDATE_CUSTOMER = """
            mutation($id: ID!, $input: ProfileInput!, $expectedVersion: Int, $key: String) {
              updateCustomer(id: $id, input: $input, expectedVersion: $expectedVersion, idempotencyKey: $key) {
                customer { %s } %s } }""".formatted(CUSTOMER, ERRORS);

    private CustomerDocuments() {
    }
}
