package dev.zhanggui.aftersale;

/** Where a refund stands, from its parts: every part succeeded, some part failed, or some are still pending. */
public enum RefundStatus { PENDING, FAILED, SUCCEEDED }
