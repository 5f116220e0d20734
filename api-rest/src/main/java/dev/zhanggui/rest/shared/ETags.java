package dev.zhanggui.rest.shared;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;

/** Versions as entity tags: version 3 is {@code "3"}; {@code If-Match} names the version a client saw. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header expects; absent header, absent expectation. */
    public static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("If-Match", ErrorCode.VALIDATION_FAILED,
                    "If-Match must be an entity tag from an ETag header, like \"3\"");
        }
    }
}
