package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;
import java.util.regex.Pattern;

/** What shoppers see of a store (门店): its name, address, location, opening hours and phone. */
public record StoreDetails(String name, String address, GeoPoint location, Optional<String> openingHours,
                           Optional<String> phone) {
    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_OPENING_HOURS = 200;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,32}");

    public StoreDetails {
        name = required(name, MAX_NAME, "name");
        address = required(address, MAX_ADDRESS, "address");
        if (location == null) {
            throw DomainException.invalidField("location", ErrorCode.STORE_INVALID, "The location is required");
        }
        openingHours = optional(openingHours);
        if (openingHours.filter(h -> h.length() > MAX_OPENING_HOURS).isPresent()) {
            throw DomainException.invalidField("openingHours", ErrorCode.STORE_INVALID,
                    "The opening hours must be at most " + MAX_OPENING_HOURS + " characters");
        }
        phone = optional(phone);
        if (phone.filter(p -> !PHONE.matcher(p).matches()).isPresent()) {
            throw DomainException.invalidField("phone", ErrorCode.STORE_INVALID,
                    "The phone must be 3 to 32 digits, spaces, +, - or parentheses");
        }
    }

    private static String required(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw DomainException.invalidField(field, ErrorCode.STORE_INVALID,
                    "The " + field + " must be 1 to " + max + " characters");
        }
        return text;
    }

    private static Optional<String> optional(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
