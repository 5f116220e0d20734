package dev.zhanggui.aftersale;

/** How far one part of a refund got. */
public enum RefundPartStatus {
    /** Not carried out yet, or sent to the gateway and waiting for its confirmation. */
    PENDING,
    /** Done: the money or points are back (or the manual settlement is recorded). */
    SUCCEEDED,
    /** The destination refused or could not be reached; visible to staff and retryable with the same key. */
    FAILED
}
