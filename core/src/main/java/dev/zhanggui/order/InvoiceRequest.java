package dev.zhanggui.order;

import dev.zhanggui.customer.InvoiceProfile;

import java.util.Objects;

/**
 * The invoice the customer asks for (发票): its type and the data printed on it, prefilled from
 * the customer's invoice profile. A VAT special invoice needs the taxpayer id and bank data.
 */
public record InvoiceRequest(Type type, InvoiceProfile details) {
    /** 普通发票 or 增值税专用发票. */
    public enum Type { NORMAL, VAT_SPECIAL }

    public InvoiceRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(details, "details");
    }
}
