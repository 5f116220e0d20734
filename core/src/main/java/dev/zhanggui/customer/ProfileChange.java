package dev.zhanggui.customer;

import java.util.Optional;

/**
 * A partial update of a profile: an absent field stays as it is; a present blank value clears it.
 */
public record ProfileChange(Optional<String> name, Optional<String> email) {
    public ProfileChange {
        name = name == null ? Optional.empty() : name;
        email = email == null ? Optional.empty() : email;
    }

    Profile applyTo(Profile current) {
        return new Profile(merge(current.name(), name), merge(current.email(), email));
    }

    private static Optional<String> merge(Optional<String> current, Optional<String> change) {
        if (change.isEmpty()) {
            return current;
        }
        return change.get().isBlank() ? Optional.empty() : change;
    }
}
