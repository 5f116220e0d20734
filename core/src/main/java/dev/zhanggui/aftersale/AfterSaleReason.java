package dev.zhanggui.aftersale;

/**
 * A reason a customer can give for an after-sales request (售后原因), from the merchant's list: a
 * stable code, and its names in Chinese and English. The request keeps a copy as it was chosen.
 */
public record AfterSaleReason(String code, String name, String englishName) {
}
