package dev.zhanggui.aftersale;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies an after-sales request (售后单) within a merchant. */
public record AfterSaleId(UUID value) {
    public AfterSaleId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown request. */
    public static AfterSaleId parse(String text) {
        try {
            return new AfterSaleId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.AFTERSALE_NOT_FOUND, "No after-sales request " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
