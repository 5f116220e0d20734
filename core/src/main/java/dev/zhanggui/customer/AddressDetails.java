package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and to whom goods are delivered (收货地址): recipient, their phone, province, city,
 * district, street detail and an optional postal code.
 */
public record AddressDetails(String recipient, String phone, String province, String city, String district,
                             String detail, Optional<String> postalCode) {

    public AddressDetails {
        List<FieldError> errors = new ArrayList<>();
        recipient = required("recipient", recipient, 64, errors);
        phone = required("phone", phone, 32, errors);
        province = required("province", province, 32, errors);
        city = required("city", city, 32, errors);
        district = required("district", district, 32, errors);
        detail = required("detail", detail, 200, errors);
        postalCode = postalCode == null ? Optional.empty() : postalCode.map(String::strip).filter(s -> !s.isEmpty());
        if (postalCode.isPresent() && !postalCode.get().matches("\\d{6}")) {
            errors.add(new FieldError("postalCode", ErrorCode.CUSTOMER_ADDRESS_INVALID, "A postal code has 6 digits"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.CUSTOMER_ADDRESS_INVALID, errors.getFirst().message(), errors);
        }
    }

    private static String required(String field, String value, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            errors.add(new FieldError(field, ErrorCode.CUSTOMER_ADDRESS_INVALID,
                    field + " is required and at most " + max + " characters"));
        }
        return v;
    }
}
