package dev.zhanggui.shared;

/**
 * The roles a principal can hold (realm roles of the identity provider), and the groups the
 * APIs authorize by.
 */
public final class Roles {
    public static final String CUSTOMER = "customer";
    public static final String MERCHANT_ADMIN = "merchant-admin";
    public static final String MERCHANT_STAFF = "merchant-staff";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
