package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a carrier (物流公司) within a merchant. */
public record CarrierId(UUID value) {
    public CarrierId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static CarrierId parse(String text) {
        try {
            return new CarrierId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.CARRIER_NOT_FOUND, "No carrier with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
