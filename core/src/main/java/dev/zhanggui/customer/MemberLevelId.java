package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a member level (会员级别) within a merchant. */
public record MemberLevelId(UUID value) {
    public MemberLevelId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown level. */
    public static MemberLevelId parse(String text) {
        try {
            return new MemberLevelId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.MEMBER_LEVEL_NOT_FOUND, "No member level with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
