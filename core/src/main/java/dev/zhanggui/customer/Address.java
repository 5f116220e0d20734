package dev.zhanggui.customer;

/** One entry of a customer's address book; exactly one entry is the default when any exist. */
public record Address(AddressId id, AddressDetails details, boolean isDefault) {
    Address asDefault(boolean value) {
        return new Address(id, details, value);
    }
}
