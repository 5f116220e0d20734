package dev.zhanggui.catalog;

/**
 * Port: makes a merchant's rich text (a product description, 商品详情) safe to show in a storefront:
 * formatting, links, images and tables stay; scripts, event handlers and active styles go.
 */
public interface RichTextSanitizer {
    String sanitize(String html);
}
