package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.RichTextSanitizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Product descriptions (商品详情) through the OWASP Java HTML Sanitizer: formatting, blocks, links,
 * images, tables and safe inline styles stay; scripts, event handlers, {@code javascript:} URLs and
 * style expressions go.
 */
@ApplicationScoped
public class OwaspRichTextSanitizer implements RichTextSanitizer {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES).and(Sanitizers.TABLES).and(Sanitizers.STYLES);

    @Override
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
