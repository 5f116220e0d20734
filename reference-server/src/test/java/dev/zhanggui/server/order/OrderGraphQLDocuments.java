package dev.zhanggui.server.order;

/** The GraphQL documents of orders, written the way a storefront or a staff tool sends them. */
final class OrderGraphQLDocuments {
    static final String ERRORS = "errors { code field message }";
    static final String QUOTE = "quote { goodsTotal promotionDiscount couponDiscount payable"
            + " shipping { charged } lines { sku quantity unitPrice total } }";
    static final String LINE = "index skuId productId productName skuCode specValues storeId quantity listPrice"
            + " unitPrice priceTier goodsAmount promotionDiscount couponDiscount total paidAmount shippedQuantity"
            + " refundedQuantity refundedAmount";
    static final String ORDER = "id number status source salesperson customerId createdAt lines { " + LINE + " }"
            + " goodsTotal promotionDiscount couponDiscount couponId shipping"
            + " adjustments { goods shipping staff reason at } goodsPayable shippingPayable total amountDue fullyPaid"
            + " currency tenders { type amount points settled settledAt reference }"
            + " delivery { method carrierId address { recipient phone province city district detail postalCode }"
            + " pickupStoreId } invoice { type details { invoiceTitle taxpayerId } } deliveryDate buyerNote"
            + " shipments { id carrier trackingNumber lines { line quantity } shippedBy shippedAt }"
            + " transferReport { transferDate account reportedAt } verification { code used verifiedBy verifiedAt }"
            + " paymentDeadline receiptDue version events { at actor actorKind action from to note } refundedTotal";

    static final String CART_FIELDS = "lines { skuId quantity storeId availability available } version " + QUOTE;
    static final String CART = "{ cart { " + CART_FIELDS + " } }";
    static final String ADD_TO_CART = """
            mutation($sku: ID!, $qty: Int!, $store: ID, $key: String) {
              addToCart(skuId: $sku, quantity: $qty, storeId: $store, idempotencyKey: $key) {
                cart { %s } %s } }""".formatted(CART_FIELDS, ERRORS);
    static final String UPDATE_CART_LINE = """
            mutation($sku: ID!, $qty: Int!, $store: ID) {
              updateCartLine(skuId: $sku, quantity: $qty, storeId: $store) { cart { %s } %s } }"""
            .formatted(CART_FIELDS, ERRORS);
    static final String REMOVE_CART_LINE = """
            mutation($sku: ID!, $store: ID) { removeCartLine(skuId: $sku, storeId: $store) { cart { %s } %s } }"""
            .formatted(CART_FIELDS, ERRORS);
    static final String REORDER = """
            mutation($id: ID!) { reorder(orderId: $id) { cart { %s } %s } }""".formatted(CART_FIELDS, ERRORS);

    static final String CHECKOUT = """
            mutation($in: CheckoutInput!, $key: String) {
              checkout(input: $in, idempotencyKey: $key) { order { %s } %s %s } }""".formatted(ORDER, QUOTE, ERRORS);
    static final String CREATE_STAFF_ORDER = """
            mutation($in: StaffOrderInput!, $key: String) {
              createStaffOrder(input: $in, idempotencyKey: $key) { order { %s } %s %s } }"""
            .formatted(ORDER, QUOTE, ERRORS);
    static final String SUBMIT_DRAFT = """
            mutation($id: ID!, $v: Int) {
              submitDraftOrder(id: $id, expectedVersion: $v) { order { %s } %s } }""".formatted(ORDER, ERRORS);
    static final String PAY_ORDER = """
            mutation($id: ID!, $key: String) { payOrder(id: $id, idempotencyKey: $key) {
              orderId amount payment { id outTradeNo status amount purpose }
              intent { gateway outTradeNo prepayId clientParameters { name value } } %s } }""".formatted(ERRORS);

    static final String MY_ORDERS = """
            query($first: Int, $after: String) { myOrders(first: $first, after: $after) {
              edges { cursor node { id number status total } } pageInfo { hasNextPage endCursor } queryTotal } }""";
    static final String MY_ORDER = "query($id: ID!) { myOrder(id: $id) { " + ORDER + " } }";
    static final String ORDER_BY_ID = "query($id: ID!) { order(id: $id) { " + ORDER + " } }";
    static final String ORDERS = """
            query($filter: OrderFilter, $first: Int, $after: String) {
              orders(filter: $filter, first: $first, after: $after) {
                edges { cursor node { id number status source salesperson customerId total
                  lines { skuId productName quantity total } tenders { type } } }
                pageInfo { hasNextPage endCursor } queryTotal } }""";

    static final String CANCEL = "mutation($id: ID!) { cancelOrder(id: $id) { order { " + ORDER + " } " + ERRORS + " } }";
    static final String REQUEST_CANCELLATION = """
            mutation($id: ID!, $reason: String) { requestOrderCancellation(id: $id, reason: $reason) {
              order { id status } %s } }""".formatted(ERRORS);
    static final String REPORT_TRANSFER = """
            mutation($id: ID!, $date: String!, $account: String!) {
              reportTransfer(id: $id, transferDate: $date, account: $account) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);
    static final String CHANGE_ADDRESS = """
            mutation($id: ID!, $address: AddressInput!, $v: Int) {
              changeOrderAddress(id: $id, address: $address, expectedVersion: $v) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);
    static final String CONFIRM_RECEIPT = """
            mutation($id: ID!, $key: String) { confirmReceipt(id: $id, idempotencyKey: $key) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);

    static final String RECORD_PAYMENT = """
            mutation($id: ID!, $ref: String, $v: Int) {
              recordPayment(id: $id, reference: $ref, expectedVersion: $v) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);
    static final String SETTLE_COD = """
            mutation($id: ID!, $ref: String) { settleCashOnDelivery(id: $id, reference: $ref) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);
    static final String ADJUST_PRICE = """
            mutation($id: ID!, $goods: String, $shipping: String, $reason: String!, $v: Int, $key: String) {
              adjustOrderPrice(id: $id, goods: $goods, shipping: $shipping, reason: $reason, expectedVersion: $v,
                idempotencyKey: $key) { order { %s } %s } }""".formatted(ORDER, ERRORS);
    static final String APPROVE = """
            mutation($id: ID!) { approveOrder(id: $id) { order { id status } %s } }""".formatted(ERRORS);
    static final String VOID = """
            mutation($id: ID!, $reason: String!) { voidOrder(id: $id, reason: $reason) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);

    static final String SHIP = """
            mutation($id: ID!, $pkg: PackageInput!, $v: Int, $key: String) {
              shipOrder(id: $id, package: $pkg, expectedVersion: $v, idempotencyKey: $key) { order { %s } %s } }"""
            .formatted(ORDER, ERRORS);
    static final String SHIP_ALL = """
            mutation($ids: [String!]!, $carrier: String!, $tracking: [String!]!, $key: String) {
              shipOrders(ids: $ids, carrier: $carrier, trackingNumbers: $tracking, idempotencyKey: $key) {
                results { orderId order { id status shipments { trackingNumber } } %s } %s } }"""
            .formatted(ERRORS, ERRORS);
    static final String VERIFY = """
            mutation($code: String!) { verifyCode(code: $code) { order { %s } %s } }""".formatted(ORDER, ERRORS);
    static final String VERIFICATIONS = """
            query($filter: VerificationFilter, $first: Int) { verifications(filter: $filter, first: $first) {
              edges { node { id number total verification { code verifiedBy verifiedAt } } }
              pageInfo { hasNextPage } total { count amount } today { count amount } } }""";

    private OrderGraphQLDocuments() {
    }
}
