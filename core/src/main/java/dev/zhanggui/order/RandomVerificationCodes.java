package dev.zhanggui.order;

import java.security.SecureRandom;

/**
 * Twelve random digits: easy to type at a till, 10^12 possibilities so that guessing a live code
 * is hopeless. Uniqueness per merchant is checked at placement (a clash draws again).
 */
public final class RandomVerificationCodes implements VerificationCodes {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newCode() {
        return "%012d".formatted(Math.floorMod(random.nextLong(), 1_000_000_000_000L));
    }
}
