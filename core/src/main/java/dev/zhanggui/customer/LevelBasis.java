package dev.zhanggui.customer;

/**
 * Which points decide a customer's member level, a merchant setting: the points ever earned
 * (spending never demotes; the default) or the points currently held.
 */
public enum LevelBasis {
    LIFETIME_EARNED, CURRENT
}
