package dev.zhanggui.shared;

import java.util.Optional;

/**
 * Who is acting, for which merchant: a customer, a staff member, an integration client, or the
 * system itself (jobs). Use cases record it as the cause of what they change; the API layer
 * builds it from the access token and enforces which kinds may call what.
 *
 * @param merchant the tenant every read and write is confined to
 * @param subject  the stable id of the principal (the token's subject, or a job's name)
 * @param kind     what sort of principal it is
 * @param phone    the customer's verified phone number, when the token carries one
 */
public record Actor(MerchantId merchant, String subject, Kind kind, Optional<String> phone) {

    public enum Kind { ANONYMOUS, CUSTOMER, STAFF_ADMIN, STAFF, INTEGRATION, SYSTEM }

    public Actor {
        if (merchant == null || subject == null || kind == null || phone == null) {
            throw new IllegalArgumentException("merchant, subject, kind and phone are required");
        }
    }

    public static Actor customer(MerchantId merchant, String subject, String phone) {
        return new Actor(merchant, subject, Kind.CUSTOMER, Optional.ofNullable(phone));
    }

    public static Actor staff(MerchantId merchant, String subject) {
        return new Actor(merchant, subject, Kind.STAFF, Optional.empty());
    }

    public static Actor admin(MerchantId merchant, String subject) {
        return new Actor(merchant, subject, Kind.STAFF_ADMIN, Optional.empty());
    }

    public static Actor system(MerchantId merchant, String job) {
        return new Actor(merchant, job, Kind.SYSTEM, Optional.empty());
    }

    /** Staff, admins and integration clients act for the merchant; customers only for themselves. */
    public boolean actsForMerchant() {
        return kind == Kind.STAFF || kind == Kind.STAFF_ADMIN || kind == Kind.INTEGRATION || kind == Kind.SYSTEM;
    }

    public boolean isCustomer() {
        return kind == Kind.CUSTOMER;
    }
}
