package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a customer tells about themselves besides the phone: a name and an email, both optional. */
public record Profile(Optional<String> name, Optional<String> email) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    public static final Profile EMPTY = new Profile(Optional.empty(), Optional.empty());

    public Profile {
        name = name.map(String::strip);
        email = email.map(String::strip);
        if (name.isPresent() && (name.get().isEmpty() || name.get().length() > 64)) {
            throw DomainException.invalidField("name", ErrorCode.CUSTOMER_NAME_INVALID);
        }
        if (email.isPresent() && (email.get().length() > 254 || !EMAIL.matcher(email.get()).matches())) {
            throw DomainException.invalidField("email", ErrorCode.CUSTOMER_EMAIL_INVALID,
                    "'" + email.get() + "' is not an email address");
        }
    }

    public static Profile of(String name, String email) {
        return new Profile(Optional.ofNullable(name), Optional.ofNullable(email));
    }
}
