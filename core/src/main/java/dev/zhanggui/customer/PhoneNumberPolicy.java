package dev.zhanggui.customer;

/** Decides which phone numbers a merchant accepts and how they are normalized. */
public interface PhoneNumberPolicy {
    /**
     * @param field the API field the text came from, for the error
     * @throws dev.zhanggui.shared.DomainException {@code CUSTOMER_PHONE_INVALID} if not acceptable
     */
    PhoneNumber parse(String text, String field);
}
