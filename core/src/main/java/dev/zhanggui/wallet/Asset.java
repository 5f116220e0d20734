package dev.zhanggui.wallet;

/**
 * What a ledger entry moves: the stored-value balance (余额, in fen), points (积分, whole points) or
 * credit in use (授信, in fen; positive entries mean more is owed).
 */
public enum Asset {
    BALANCE, POINTS, CREDIT
}
