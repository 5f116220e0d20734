package dev.zhanggui.graphql.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.wallet.CreditTypes.CreditRepaymentInput;
import dev.zhanggui.graphql.wallet.CreditTypes.CreditStatementNode;
import dev.zhanggui.graphql.wallet.WalletTypes.WalletPayload;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.CreditStatementService;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletPaymentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;

/** B2B credit (授信) over GraphQL: credit statements (授信对账单) and repayments (还款). */
@GraphQLApi
public class CreditGraphQL {
    @Inject
    CreditStatementService statements;
    @Inject
    WalletPaymentService payments;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("myCreditStatement")
    @Description("The calling customer's credit statement from one day to another (YYYY-MM-DD, both included, in the merchant's time zone); default this month up to today")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CreditStatementNode myCreditStatement(@Name("from") String from, @Name("to") String to) {
        return CreditStatementNode.of(statements.myStatement(actor.get(), WalletFields.date("from", from),
                WalletFields.date("to", to)));
    }

    @Query("creditStatement")
    @Description("A customer's credit statement, or null if the merchant has no such customer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public CreditStatementNode creditStatement(@NonNull @Id @Name("customerId") String customerId,
                                               @Name("from") String from, @Name("to") String to) {
        try {
            return CreditStatementNode.of(statements.statement(actor.get(), CustomerId.parse(customerId),
                    WalletFields.date("from", from), WalletFields.date("to", to)));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.CUSTOMER_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Mutation("recordCreditRepayment")
    @Description("Record a repayment of a customer's credit in use (还款); not more than is owed")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletPayload recordCreditRepayment(@NonNull @Id @Name("customerId") String customerId,
                                                        @NonNull @Name("input") CreditRepaymentInput input,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        String key = WalletGraphQL.operationKey(idempotencyKey);
        return mutations.run("recordCreditRepayment", idempotencyKey, Arrays.asList(customerId, input),
                WalletPayload.class, () -> WalletPayload.of(payments.repayCredit(actor.get(),
                        CustomerId.parse(customerId), input.toCore(), key)), WalletPayload::refused);
    }
}
