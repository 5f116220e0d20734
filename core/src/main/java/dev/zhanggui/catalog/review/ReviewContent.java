package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a customer says about a product: a rating of 1 to 5 stars, plain text (HTML tags and
 * control characters are removed, so that no storefront renders markup from a shopper) and up to
 * {@link #MAX_IMAGES} https image URLs (晒图).
 */
public record ReviewContent(int rating, String text, List<String> images) {
    public static final int MAX_TEXT = 500;
    public static final int MAX_IMAGES = 9;
    public static final int MAX_IMAGE_URL = 1024;

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?][^<>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");

    public ReviewContent {
        if (rating < 1 || rating > 5) {
            throw DomainException.invalidField("rating", ErrorCode.REVIEW_RATING_INVALID,
                    "rating must be from 1 to 5, was " + rating);
        }
        text = plain(text);
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalidField("text", ErrorCode.REVIEW_TEXT_INVALID,
                    "text must be at most " + MAX_TEXT + " characters, was " + text.length());
        }
        images = images == null ? List.of() : List.copyOf(images);
        if (images.size() > MAX_IMAGES) {
            throw DomainException.invalidField("images", ErrorCode.REVIEW_IMAGES_INVALID,
                    "at most " + MAX_IMAGES + " images, were " + images.size());
        }
        for (int i = 0; i < images.size(); i++) {
            requireHttpsUrl("images[" + i + "]", images.get(i));
        }
    }

    /** From API input, where the rating may be missing. */
    public static ReviewContent of(Integer rating, String text, List<String> images) {
        if (rating == null) {
            throw DomainException.invalidField("rating", ErrorCode.REVIEW_RATING_INVALID, "rating is required");
        }
        return new ReviewContent(rating, text, images);
    }

    public boolean hasImages() {
        return !images.isEmpty();
    }

    /** Plain text: tags and control characters (but line breaks) removed, Windows line ends unified, stripped. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(TAG.matcher(unified).replaceAll("")).replaceAll("").strip();
    }

    private static void requireHttpsUrl(String field, String url) {
        if (url == null || url.isBlank() || url.length() > MAX_IMAGE_URL || url.chars().anyMatch(Character::isWhitespace)) {
            throw DomainException.invalidField(field, ErrorCode.REVIEW_IMAGES_INVALID, "not an https URL");
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw DomainException.invalidField(field, ErrorCode.REVIEW_IMAGES_INVALID, "not an https URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalidField(field, ErrorCode.REVIEW_IMAGES_INVALID, "not an https URL: " + url);
        }
    }
}
