package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;

/**
 * Port: the daily sequence of order numbers, per merchant and day, from 1. A database adapter keeps
 * one counter row per merchant and day and increments it in one statement
 * ({@code insert ... on conflict do update set value = value + 1 returning value}), so numbers are
 * unique under any concurrency.
 */
public interface OrderSequence {
    long next(MerchantId merchant, LocalDate day);
}
