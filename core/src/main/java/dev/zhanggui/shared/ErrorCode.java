package dev.zhanggui.shared;

/**
 * The one catalogue of stable error codes. Clients program against {@link #name()}; the API
 * layers only map {@link #kind()} to their transport (HTTP status, GraphQL payload error).
 * Codes are never renamed once released; new ones are appended per context.
 */
public enum ErrorCode {
    // shared
    VALIDATION_FAILED(Kind.INVALID, "The request is not valid."),
    MALFORMED_REQUEST(Kind.INVALID, "The request body could not be read."),
    NOT_FOUND(Kind.NOT_FOUND, "No such resource."),
    PAGE_LIMIT_INVALID(Kind.INVALID, "The page limit must be between 1 and 100."),
    PAGE_CURSOR_INVALID(Kind.INVALID, "The page cursor is not valid."),
    VERSION_CONFLICT(Kind.CONFLICT, "The resource was changed by someone else; reload and retry."),
    VERSION_MISMATCH(Kind.PRECONDITION_FAILED, "The expected version does not match the current one."),
    IDEMPOTENCY_KEY_REUSED(Kind.UNPROCESSABLE, "This idempotency key was used with a different request."),
    IDEMPOTENCY_KEY_IN_PROGRESS(Kind.CONFLICT, "A request with this idempotency key is still running."),
    IDEMPOTENCY_KEY_INVALID(Kind.INVALID, "The idempotency key must be 1 to 255 visible characters."),
    MERCHANT_REQUIRED(Kind.INVALID, "Name the merchant with the X-Merchant header."),
    MERCHANT_MISMATCH(Kind.FORBIDDEN, "The X-Merchant header contradicts the access token."),
    MERCHANT_UNKNOWN(Kind.NOT_FOUND, "No such merchant."),
    UNAUTHENTICATED(Kind.UNAUTHENTICATED, "Authentication is required."),
    FORBIDDEN(Kind.FORBIDDEN, "You may not do this."),
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE, "The request body is too large."),
    // HTTP-level refusals: the REST layer answers them with their own status (405, 406, 415).
    METHOD_NOT_ALLOWED(Kind.INVALID, "This method is not allowed on this resource."),
    NOT_ACCEPTABLE(Kind.INVALID, "This representation is not available."),
    UNSUPPORTED_MEDIA_TYPE(Kind.INVALID, "This content type is not accepted."),
    INTERNAL_ERROR(Kind.INTERNAL, "Something went wrong on our side."),

    // customer
    CUSTOMER_NOT_FOUND(Kind.NOT_FOUND, "No such customer."),
    CUSTOMER_PHONE_INVALID(Kind.INVALID, "The phone number is not a valid mobile number."),
    CUSTOMER_PHONE_TAKEN(Kind.CONFLICT, "A customer with this phone number already exists."),
    CUSTOMER_PHONE_MISSING(Kind.FORBIDDEN, "The access token carries no phone number."),
    CUSTOMER_EMAIL_INVALID(Kind.INVALID, "The email address is not valid."),
    CUSTOMER_NAME_INVALID(Kind.INVALID, "The name must be 1 to 64 characters."),
    CUSTOMER_ADDRESS_NOT_FOUND(Kind.NOT_FOUND, "No such address."),
    CUSTOMER_ADDRESS_INVALID(Kind.INVALID, "The address is not complete."),
    CUSTOMER_ADDRESS_LIMIT(Kind.UNPROCESSABLE, "A customer can keep at most 20 addresses."),
    CUSTOMER_INVOICE_PROFILE_INVALID(Kind.INVALID, "The invoice profile is not complete."),
    CUSTOMER_TAG_INVALID(Kind.INVALID, "A tag must be 1 to 32 characters."),
    CUSTOMER_TAG_LIMIT(Kind.UNPROCESSABLE, "A customer can carry at most 50 tags."),
    CUSTOMER_REFERRER_INVALID(Kind.INVALID, "The invite code names no other customer of the merchant who could have invited you."),
    CUSTOMER_REFERRER_ALREADY_SET(Kind.CONFLICT, "The customer's inviter is set already; it cannot change."),
    CUSTOMER_REFERRER_TOO_LATE(Kind.UNPROCESSABLE, "The inviter can only be named shortly after registering and before the first order."),
    CUSTOMER_INVITE_CODE_TAKEN(Kind.CONFLICT, "The invite code drawn for a new customer was taken at the same moment; retry."),

    // catalog: categories, stores, stock
    CATEGORY_NOT_FOUND(Kind.NOT_FOUND, "No such category."),
    CATEGORY_INVALID(Kind.INVALID, "The category is not valid."),
    CATEGORY_CYCLE(Kind.UNPROCESSABLE, "A category cannot sit under itself or one of its sub-categories."),
    CATEGORY_NOT_EMPTY(Kind.CONFLICT, "The category still has sub-categories or products."),
    STORE_NOT_FOUND(Kind.NOT_FOUND, "No such store."),
    STORE_INVALID(Kind.INVALID, "The store is not valid."),
    STOCK_ADJUSTMENT_INVALID(Kind.INVALID, "The stock adjustment is not valid."),
    STOCK_INSUFFICIENT(Kind.UNPROCESSABLE, "Not enough stock."),

    // catalog: products and SKUs
    PRODUCT_NOT_FOUND(Kind.NOT_FOUND, "No such product."),
    PRODUCT_INVALID(Kind.INVALID, "The product is not valid."),
    PRODUCT_CODE_TAKEN(Kind.CONFLICT, "A product with this code already exists."),
    PRODUCT_ON_SALE_LOCKED(Kind.CONFLICT, "Take the product off shelf before changing its specs or prices."),
    PRODUCT_SPECS_INVALID(Kind.INVALID, "The specs are not valid."),
    SKU_NOT_FOUND(Kind.NOT_FOUND, "No such SKU."),
    SKU_INVALID(Kind.INVALID, "The SKU is not valid."),
    SKU_CODE_TAKEN(Kind.CONFLICT, "A SKU with this code already exists."),

    // catalog: favourites and featured placements
    FAVORITE_LIMIT(Kind.UNPROCESSABLE, "A customer can keep at most 500 favourites."),
    PLACEMENT_INVALID(Kind.INVALID, "The placement is not valid."),

    // catalog: reviews
    REVIEW_NOT_FOUND(Kind.NOT_FOUND, "No such review."),
    REVIEW_RATING_INVALID(Kind.INVALID, "The rating must be a whole number from 1 to 5."),
    REVIEW_TEXT_INVALID(Kind.INVALID, "The review text must be at most 500 characters."),
    REVIEW_IMAGES_INVALID(Kind.INVALID, "A review carries at most 9 images, each an https URL."),
    REVIEW_NOT_PURCHASED(Kind.UNPROCESSABLE, "Only a customer with a completed order line for this product may review it."),
    REVIEW_ALREADY_REVIEWED(Kind.CONFLICT, "Every completed order line of this product is reviewed already."),
    REVIEW_REPLY_INVALID(Kind.INVALID, "The reply must be 1 to 500 characters."),
    REVIEW_HIDE_REASON_INVALID(Kind.INVALID, "Hiding a review needs a reason of 1 to 200 characters."),

    // catalog: spreadsheet import
    IMPORT_FILE_INVALID(Kind.INVALID, "The file is not a spreadsheet in the import template's format."),
    IMPORT_FILE_TOO_LARGE(Kind.TOO_LARGE, "The file is larger or has more rows than an import allows."),
    IMPORT_ROW_INCONSISTENT(Kind.INVALID, "Rows of one product disagree about a product-level column."),
    IMPORT_REJECTED(Kind.UNPROCESSABLE, "The file has errors; nothing of it was imported."),
    IMPORT_NOT_FOUND(Kind.NOT_FOUND, "No such import."),

    // pricing: member levels, customer groups, price lists, flash prices, shipping, quotes
    MEMBER_LEVEL_NOT_FOUND(Kind.NOT_FOUND, "No such member level."),
    MEMBER_LEVEL_INVALID(Kind.INVALID, "The member level is not valid."),
    MEMBER_LEVEL_TAKEN(Kind.CONFLICT, "A member level with this name or points requirement already exists."),
    CUSTOMER_GROUP_NOT_FOUND(Kind.NOT_FOUND, "No such customer group."),
    CUSTOMER_GROUP_INVALID(Kind.INVALID, "The customer group is not valid."),
    LEVEL_PRICE_INVALID(Kind.INVALID, "The level price is not valid."),
    PRICE_LIST_NOT_FOUND(Kind.NOT_FOUND, "No such price list."),
    PRICE_LIST_INVALID(Kind.INVALID, "The price list is not valid."),
    FLASH_PRICE_NOT_FOUND(Kind.NOT_FOUND, "No such time-limited price."),
    FLASH_PRICE_INVALID(Kind.INVALID, "The time-limited price is not valid."),
    CARRIER_NOT_FOUND(Kind.NOT_FOUND, "No such carrier, or it is not enabled."),
    CARRIER_INVALID(Kind.INVALID, "The carrier is not valid."),
    QUOTE_INVALID(Kind.INVALID, "The cart to quote is not valid."),

    // promotion: coupons
    PROMOTION_NOT_FOUND(Kind.NOT_FOUND, "No such promotion."),
    PROMOTION_INVALID(Kind.INVALID, "The promotion is not valid."),
    PROMOTION_CODE_UNKNOWN(Kind.INVALID, "No promotion condition or action is registered under this code."),
    PROMOTION_ARGS_INVALID(Kind.INVALID, "The arguments of a promotion condition or action are not valid."),
    COUPON_TEMPLATE_NOT_FOUND(Kind.NOT_FOUND, "No such coupon template."),
    COUPON_TEMPLATE_INVALID(Kind.INVALID, "The coupon template is not valid."),
    COUPON_NOT_FOUND(Kind.NOT_FOUND, "No such coupon."),
    COUPON_CODE_UNKNOWN(Kind.NOT_FOUND, "No coupon can be claimed with this code."),
    COUPON_CODE_INVALID(Kind.INVALID, "A coupon code must be 4 to 32 letters, digits or dashes."),
    COUPON_CODE_TAKEN(Kind.CONFLICT, "This coupon code is in use already."),
    COUPON_CODE_EXHAUSTED(Kind.UNPROCESSABLE, "This coupon code has been used up."),
    COUPON_SOLD_OUT(Kind.UNPROCESSABLE, "All coupons of this template have been issued."),
    COUPON_LIMIT_REACHED(Kind.UNPROCESSABLE, "The customer holds as many coupons of this template as allowed."),
    COUPON_EXPIRED(Kind.UNPROCESSABLE, "The coupon has expired."),
    COUPON_NOT_STARTED(Kind.UNPROCESSABLE, "The coupon is not valid yet."),
    COUPON_NOT_AVAILABLE(Kind.CONFLICT, "The coupon is reserved or used already."),
    COUPON_NOT_APPLICABLE(Kind.UNPROCESSABLE, "The coupon does not apply to this cart."),

    // wallet: balance, points and credit ledgers
    WALLET_AMOUNT_INVALID(Kind.INVALID, "The amount must be positive, in CNY and at most 100000000.00 (or 10^12 points)."),
    WALLET_REASON_INVALID(Kind.INVALID, "This reason cannot be used for this wallet operation."),
    WALLET_NOTE_INVALID(Kind.INVALID, "The note must be at most 200 characters."),
    WALLET_OPERATION_KEY_INVALID(Kind.INVALID, "The operation key must be 1 to 255 visible characters."),
    WALLET_OPERATION_KEY_REUSED(Kind.UNPROCESSABLE, "This operation key was used for a different wallet operation."),
    WALLET_INSUFFICIENT_BALANCE(Kind.UNPROCESSABLE, "The balance is not enough."),
    WALLET_INSUFFICIENT_POINTS(Kind.UNPROCESSABLE, "There are not enough points."),
    WALLET_FROZEN(Kind.UNPROCESSABLE, "The wallet is frozen: it cannot pay or be debited."),
    WALLET_CREDIT_LIMIT_EXCEEDED(Kind.UNPROCESSABLE, "The credit in use would exceed the credit limit."),
    WALLET_PAYMENT_NOT_FOUND(Kind.NOT_FOUND, "No such wallet payment to refund."),
    WALLET_REFUND_EXCEEDS_PAYMENT(Kind.UNPROCESSABLE, "The refund is more than what is left of the payment."),
    WALLET_ENTRY_NOT_FOUND(Kind.NOT_FOUND, "No such ledger entry in this wallet."),

    // order: carts, checkout, the order lifecycle, shipments, in-store verification
    CART_LINE_INVALID(Kind.INVALID, "A cart line needs a SKU and a quantity from 1 to 99999."),
    CART_LIMIT(Kind.UNPROCESSABLE, "A cart holds at most 100 lines."),
    CART_EMPTY(Kind.UNPROCESSABLE, "There is nothing to check out."),
    ORDER_NOT_FOUND(Kind.NOT_FOUND, "No such order."),
    ORDER_INVALID(Kind.INVALID, "The order request is not valid."),
    ORDER_INVALID_TRANSITION(Kind.CONFLICT, "The order cannot do this in its current status."),
    ORDER_VOID_PAID_ONLINE(Kind.UNPROCESSABLE, "The order was paid online: refund it through after-sales (a full refund before shipping closes it) instead of voiding it."),
    ORDER_LINES_UNAVAILABLE(Kind.UNPROCESSABLE, "Some lines are off shelf or out of stock."),
    PRICE_CHANGED(Kind.CONFLICT, "Prices changed since the customer saw them; accept the new quote to go on."),
    ORDER_UNSETTLED_COD(Kind.UNPROCESSABLE, "An earlier cash-on-delivery order is not settled yet."),
    ORDER_PAYMENT_TERMS(Kind.UNPROCESSABLE, "The merchant's payment terms do not allow this tender for this customer."),
    ORDER_TENDER_INVALID(Kind.INVALID, "The tenders of the order are not valid."),
    ORDER_DELIVERY_DATE_TOO_EARLY(Kind.INVALID, "The delivery date must be at least the 5th working day after today."),
    ORDER_PAYMENT_AMOUNT_MISMATCH(Kind.UNPROCESSABLE, "The amount paid is not the amount due."),
    ORDER_PAYMENT_CONFLICT(Kind.CONFLICT, "The order was paid already by another payment."),
    ORDER_NOT_PAID(Kind.UNPROCESSABLE, "The order is not fully paid."),
    ORDER_NOT_SHIPPABLE(Kind.UNPROCESSABLE, "The order is picked up in store; it is not shipped."),
    ORDER_NOT_DUE(Kind.UNPROCESSABLE, "The order's time limit has not passed yet."),
    ORDER_NOTHING_TO_SETTLE(Kind.UNPROCESSABLE, "The order has no unsettled payment of this kind."),
    ORDER_ALREADY_SHIPPED(Kind.CONFLICT, "Packages of the order have been shipped already."),
    ORDER_ALREADY_PAID(Kind.CONFLICT, "Money of the order was received; ask for a cancellation, which after-sales refunds."),
    ORDER_PRICE_ADJUSTMENT_INVALID(Kind.INVALID, "The price change is not valid."),
    ORDER_SHIPMENT_INVALID(Kind.INVALID, "The shipment is not valid."),
    VERIFICATION_CODE_UNKNOWN(Kind.NOT_FOUND, "No order carries this verification code."),
    VERIFICATION_ALREADY_USED(Kind.CONFLICT, "This verification code has been used already."),
    ORDER_SETTINGS_INVALID(Kind.INVALID, "The order settings are not valid."),

    // payment: online payments through a gateway; wallet stage 2: top-ups, check-ins, withdrawals, transfers
    PAYMENT_NOT_FOUND(Kind.NOT_FOUND, "No such payment."),
    PAYMENT_GATEWAY_UNKNOWN(Kind.NOT_FOUND, "No payment gateway of this name."),
    PAYMENT_AMOUNT_INVALID(Kind.INVALID, "The payment amount must be positive, in CNY and at most 100000000.00."),
    PAYMENT_SIGNATURE_INVALID(Kind.UNAUTHENTICATED, "The payment notification's signature is missing or wrong; it was ignored."),
    PAYMENT_NOTIFICATION_INVALID(Kind.INVALID, "The payment notification cannot be read."),
    PAYMENT_AMOUNT_MISMATCH(Kind.UNPROCESSABLE, "The notified amount differs from the payment's; it was refused and recorded."),
    PAYMENT_NOT_PENDING(Kind.CONFLICT, "The payment is closed; it cannot be paid."),
    TOPUP_PLAN_NOT_FOUND(Kind.NOT_FOUND, "No such top-up plan, or it is not offered."),
    TOPUP_PLAN_INVALID(Kind.INVALID, "The top-up plan is not valid."),
    TOPUP_INVALID(Kind.INVALID, "A top-up needs either a plan or an amount."),
    CHECK_IN_ALREADY_DONE(Kind.CONFLICT, "The customer checked in today already."),
    POINTS_RULE_INVALID(Kind.INVALID, "The points rules are not valid."),
    POINTS_RULE_CODE_UNKNOWN(Kind.INVALID, "No points rule is registered under this code."),
    WITHDRAWAL_NOT_FOUND(Kind.NOT_FOUND, "No such withdrawal."),
    WITHDRAWAL_BELOW_MINIMUM(Kind.INVALID, "The amount is below the merchant's minimum withdrawal."),
    WITHDRAWAL_INVALID_TRANSITION(Kind.CONFLICT, "The withdrawal cannot go to that state from the one it is in."),
    WITHDRAWAL_REASON_REQUIRED(Kind.INVALID, "Rejecting a withdrawal needs a reason of 1 to 200 characters."),
    WITHDRAWAL_PAYOUT_REFERENCE_REQUIRED(Kind.INVALID, "Marking a withdrawal paid needs the payout's reference (1 to 100 characters)."),
    WALLET_TRANSFER_DISABLED(Kind.FORBIDDEN, "The merchant does not allow balance transfers between customers."),
    WALLET_TRANSFER_RECIPIENT_INVALID(Kind.INVALID, "The recipient must be another customer of the same merchant."),
    WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE(Kind.UNPROCESSABLE, "The repayment is more than the credit in use."),
    WALLET_REPAYMENT_METHOD_INVALID(Kind.INVALID, "The repayment method must be BANK_TRANSFER, CASH, WECHAT_PAY, ALIPAY or OTHER."),
    WALLET_SETTINGS_INVALID(Kind.INVALID, "The wallet settings are not valid (withdrawal minimum from 1.00 to 100000.00)."),
    WALLET_STATEMENT_PERIOD_INVALID(Kind.INVALID, "The statement period must be dates (YYYY-MM-DD), from no later than to, at most 366 days."),

    // aftersale: refund-only and return-and-refund requests, their review, refunds to the tenders
    AFTERSALE_NOT_FOUND(Kind.NOT_FOUND, "No such after-sales request."),
    AFTERSALE_INVALID(Kind.INVALID, "The after-sales request is not valid (description at most 500 characters, at most 9 https images)."),
    AFTERSALE_REASON_REQUIRED(Kind.INVALID, "An after-sales request needs a reason."),
    AFTERSALE_REASON_UNKNOWN(Kind.INVALID, "The reason is not one of the merchant's after-sales reasons."),
    AFTERSALE_LINES_INVALID(Kind.INVALID, "Name order lines of this order, each once, with at least one unit."),
    AFTERSALE_QUANTITY_EXCEEDED(Kind.UNPROCESSABLE, "More units than were bought less those refunded or requested already."),
    AFTERSALE_LINE_HAS_OPEN_REQUEST(Kind.CONFLICT, "An order line already has an open after-sales request."),
    AFTERSALE_ORDER_NOT_ELIGIBLE(Kind.UNPROCESSABLE, "The order is not paid, or is closed, voided or being cancelled: no after-sales request."),
    AFTERSALE_TYPE_NOT_ALLOWED(Kind.UNPROCESSABLE, "Refund only is for orders not shipped yet or intercepted parcels; return and refund is for shipped orders."),
    AFTERSALE_INVALID_TRANSITION(Kind.CONFLICT, "The after-sales request cannot do this in its current status."),
    AFTERSALE_RETURN_NOT_EXPECTED(Kind.UNPROCESSABLE, "A refund-only request has no goods to send back."),
    AFTERSALE_REJECTION_REASON_REQUIRED(Kind.INVALID, "Rejecting needs a reason of 1 to 200 characters."),
    AFTERSALE_MANUAL_REFUND_NOTE_REQUIRED(Kind.INVALID, "A manual refund needs a note of 1 to 200 characters saying how it was settled."),
    AFTERSALE_RETURN_SHIPMENT_INVALID(Kind.INVALID, "A return shipment needs a carrier and a tracking number (1 to 64 characters each)."),
    AFTERSALE_ALREADY_REFUNDED(Kind.CONFLICT, "The after-sales request was refunded already."),
    AFTERSALE_SETTINGS_INVALID(Kind.INVALID, "The after-sales reasons are not valid (1 to 30, unique codes, names 1 to 30 characters)."),
    REFUND_NOT_FOUND(Kind.NOT_FOUND, "No such refund."),
    REFUND_NOT_RETRYABLE(Kind.CONFLICT, "No part of the refund failed; there is nothing to retry."),
    REFUND_GATEWAY_FAILED(Kind.UNPROCESSABLE, "The payment gateway did not refund; the refund can be retried."),
    REFUND_ORDER_NOT_CANCELLING(Kind.CONFLICT, "Only an order whose cancellation was asked (CANCELLING) is refunded as a cancellation.");

    /** What kind of failure a code is; the adapters map kinds, never individual codes. */
    public enum Kind {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED,
        UNPROCESSABLE, TOO_LARGE, INTERNAL
    }

    private final Kind kind;
    private final String defaultMessage;

    ErrorCode(Kind kind, String defaultMessage) {
        this.kind = kind;
        this.defaultMessage = defaultMessage;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
