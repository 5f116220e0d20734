package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.QuoteRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A cart to quote, as REST receives it. */
@Schema(name = "QuoteInput")
public record QuoteInput(
        @Schema(required = true, description = "1 to 200 lines") List<Line> lines,
        @Schema(nullable = true, description = "Staff only: the customer to quote for (a customer quotes for themselves)")
        String customer,
        @Schema(nullable = true, description = "BEST (default), NONE, or the id of a coupon the customer holds")
        String coupon,
        @Schema(nullable = true, description = "EXPRESS (default) or PICKUP") String delivery,
        @Schema(nullable = true, description = "A carrier id; the cheapest enabled carrier if absent") String carrier,
        @Schema(nullable = true) Region region) {

    @Schema(name = "QuoteLineInput")
    public record Line(@Schema(required = true) String sku,
                       @Schema(required = true, description = "1 to 99999") Integer quantity,
                       @Schema(nullable = true) String store) {
    }

    @Schema(name = "QuoteRegionInput", description = "Where the goods go, by province code and/or name")
    public record Region(@Schema(nullable = true, example = "440000") String provinceCode,
                         @Schema(nullable = true, example = "广东省") String provinceName) {
    }

    QuoteRequest toRequest() {
        List<PricingFields.LineText> texts = lines == null ? null : lines.stream()
                .map(l -> l == null ? null : new PricingFields.LineText(l.sku(), l.quantity(), l.store())).toList();
        return PricingFields.quoteRequest(texts, customer, coupon, delivery, carrier,
                region == null ? null : region.provinceCode(), region == null ? null : region.provinceName());
    }
}
