package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer's invoice data (开票信息), reused at checkout: invoice title (发票抬头), taxpayer id
 * (纳税人识别号), and for a VAT special invoice the account name, bank and bank account.
 */
public record InvoiceProfile(String invoiceTitle, Optional<String> taxpayerId, Optional<String> accountName,
                             Optional<String> bank, Optional<String> bankAccount) {

    public InvoiceProfile {
        List<FieldError> errors = new ArrayList<>();
        invoiceTitle = invoiceTitle == null ? "" : invoiceTitle.strip();
        if (invoiceTitle.isEmpty() || invoiceTitle.length() > 100) {
            errors.add(new FieldError("invoiceTitle", ErrorCode.CUSTOMER_INVOICE_PROFILE_INVALID,
                    "invoiceTitle is required and at most 100 characters"));
        }
        taxpayerId = clean(taxpayerId);
        // 统一社会信用代码 has 18 characters; older taxpayer ids have 15 to 20.
        if (taxpayerId.isPresent() && !taxpayerId.get().matches("[0-9A-Z]{15,20}")) {
            errors.add(new FieldError("taxpayerId", ErrorCode.CUSTOMER_INVOICE_PROFILE_INVALID,
                    "taxpayerId must be 15 to 20 digits or capital letters"));
        }
        accountName = clean(accountName);
        atMost100("accountName", accountName, errors);
        bank = clean(bank);
        atMost100("bank", bank, errors);
        bankAccount = clean(bankAccount);
        if (bankAccount.isPresent() && !bankAccount.get().matches("[0-9 ]{6,40}")) {
            errors.add(new FieldError("bankAccount", ErrorCode.CUSTOMER_INVOICE_PROFILE_INVALID,
                    "bankAccount must be 6 to 40 digits"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.CUSTOMER_INVOICE_PROFILE_INVALID, errors.getFirst().message(), errors);
        }
    }

    private static void atMost100(String field, Optional<String> value, List<FieldError> errors) {
        if (value.isPresent() && value.get().length() > 100) {
            errors.add(new FieldError(field, ErrorCode.CUSTOMER_INVOICE_PROFILE_INVALID,
                    field + " is at most 100 characters"));
        }
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
