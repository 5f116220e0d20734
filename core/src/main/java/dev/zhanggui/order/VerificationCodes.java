package dev.zhanggui.order;

/** Port: makes the in-store verification codes (核销码); unique per merchant, hard to guess. */
public interface VerificationCodes {
    String newCode();
}
