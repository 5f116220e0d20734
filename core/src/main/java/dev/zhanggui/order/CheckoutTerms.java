package dev.zhanggui.order;

import dev.zhanggui.shared.PointsRate;

import java.time.Duration;

/**
 * What a storefront shows before and at checkout (结算须知), readable by anyone shopping at the
 * merchant: what points are worth as a tender and how much of an order they may pay, how long an
 * order may stay unpaid, and the payment terms (付款规则) that apply to the caller — a customer's
 * own if the merchant set them, else the merchant's.
 */
public record CheckoutTerms(PointsRate pointsRate, int pointsMaxSharePercent, Duration paymentTimeout,
                            PaymentTerms paymentTerms) {
}
