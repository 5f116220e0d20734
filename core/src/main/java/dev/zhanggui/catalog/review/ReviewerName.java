package dev.zhanggui.catalog.review;

import dev.zhanggui.customer.Customer;

/**
 * How a review names its author in public: masked, never the full name or phone number
 * (张** for 张三丰, 138****0001 for 13800000001). Kept with the review as shown when it was written.
 */
public final class ReviewerName {
    private ReviewerName() {
    }

    public static String masked(Customer customer) {
        return customer.profile().name().map(ReviewerName::maskName)
                .orElseGet(() -> maskPhone(customer.phone().value()));
    }

    static String maskName(String name) {
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(first).append("**").toString();
    }

    static String maskPhone(String phone) {
        if (phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
