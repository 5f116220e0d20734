package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What a merchant says about a category (分类): its name as shoppers see it, an optional icon and
 * where it sorts among its siblings (smaller first).
 */
public record CategoryDetails(String name, Optional<String> iconUrl, int sortOrder) {
    public static final int MAX_NAME = 64;
    public static final int MAX_ICON_URL = 1000;

    public CategoryDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.invalidField("name", ErrorCode.CATEGORY_INVALID,
                    "The name must be 1 to " + MAX_NAME + " characters");
        }
        iconUrl = iconUrl == null ? Optional.empty() : iconUrl.map(String::strip).filter(s -> !s.isEmpty());
        iconUrl.ifPresent(CategoryDetails::requireWebUrl);
    }

    private static void requireWebUrl(String url) {
        boolean valid = url.length() <= MAX_ICON_URL;
        if (valid) {
            try {
                URI uri = new URI(url);
                valid = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException e) {
                valid = false;
            }
        }
        if (!valid) {
            throw DomainException.invalidField("iconUrl", ErrorCode.CATEGORY_INVALID,
                    "The icon must be an http or https URL of at most " + MAX_ICON_URL + " characters");
        }
    }
}
