package dev.zhanggui.graphql.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.wallet.WalletAuditTypes.WalletAuditConnection;
import dev.zhanggui.graphql.wallet.WalletTypes.CreditWalletInput;
import dev.zhanggui.graphql.wallet.WalletTypes.DebitWalletInput;
import dev.zhanggui.graphql.wallet.WalletTypes.ReconciliationNode;
import dev.zhanggui.graphql.wallet.WalletTypes.ReconciliationPayload;
import dev.zhanggui.graphql.wallet.WalletTypes.WalletEntryConnection;
import dev.zhanggui.graphql.wallet.WalletTypes.WalletEntryFilter;
import dev.zhanggui.graphql.wallet.WalletTypes.WalletNode;
import dev.zhanggui.graphql.wallet.WalletTypes.WalletPayload;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;
import dev.zhanggui.wallet.WalletTransferService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallets over GraphQL: the customer's own wallet and history, and the staff operations of the
 * member's wallet (会员储值). A mutation's {@code idempotencyKey} is also its operation key in the
 * ledger, so a repeated call is applied once.
 */
@GraphQLApi
public class WalletGraphQL {

    @Inject
    WalletService wallets;
    @Inject
    WalletReconciliation reconciliation;
    @Inject
    WalletTransferService transfers;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("myWallet")
    @Description("The calling customer's wallet, opened empty at the first call")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull WalletNode myWallet() {
        return WalletNode.of(wallets.myWallet(actor.get()));
    }

    @Query("myWalletEntries")
    @Description("The calling customer's ledger entries, newest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull WalletEntryConnection myWalletEntries(@Name("first") @DefaultValue("20") int first,
                                                          @Name("after") String after,
                                                          @Name("filter") WalletEntryFilter filter) {
        return WalletEntryConnection.of(wallets.myEntries(actor.get(), WalletEntryFilter.toCore(filter),
                PageRequest.of(first, after)));
    }

    @Query("wallet")
    @Description("A customer's wallet, or null if the merchant has no such customer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public WalletNode wallet(@NonNull @Id @Name("customerId") String customerId) {
        try {
            return WalletNode.of(wallets.wallet(actor.get(), CustomerId.parse(customerId)));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.CUSTOMER_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Query("walletEntries")
    @Description("A customer's ledger entries, newest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletEntryConnection walletEntries(@NonNull @Id @Name("customerId") String customerId,
                                                        @Name("first") @DefaultValue("20") int first,
                                                        @Name("after") String after,
                                                        @Name("filter") WalletEntryFilter filter) {
        return WalletEntryConnection.of(wallets.entries(actor.get(), CustomerId.parse(customerId),
                WalletEntryFilter.toCore(filter), PageRequest.of(first, after)));
    }

    @Mutation("creditWallet")
    @Description("Put money on a customer's balance: face-to-face top-up (with bonus), confirmed deposit, credit, correction")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletPayload creditWallet(@NonNull @Id @Name("customerId") String customerId,
                                               @NonNull @Name("input") CreditWalletInput input,
                                               @Name("idempotencyKey") String idempotencyKey) {
        String key = operationKey(idempotencyKey);
        return mutations.run("creditWallet", idempotencyKey, Arrays.asList(customerId, input), WalletPayload.class,
                () -> WalletPayload.of(wallets.credit(actor.get(), CustomerId.parse(customerId), input.toCore(), key)),
                WalletPayload::refused);
    }

    @Mutation("debitWallet")
    @Description("Take money from a customer's balance (划卡), principal first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletPayload debitWallet(@NonNull @Id @Name("customerId") String customerId,
                                              @NonNull @Name("input") DebitWalletInput input,
                                              @Name("idempotencyKey") String idempotencyKey) {
        String key = operationKey(idempotencyKey);
        return mutations.run("debitWallet", idempotencyKey, Arrays.asList(customerId, input), WalletPayload.class,
                () -> WalletPayload.of(wallets.debit(actor.get(), CustomerId.parse(customerId), input.toCore(), key)),
                WalletPayload::refused);
    }

    @Mutation("freezeWallet")
    @Description("Freeze a wallet (封禁): no payments or debits; refunds still arrive; the note is the reason kept in the audit trail")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletPayload freezeWallet(@NonNull @Id @Name("customerId") String customerId,
                                               @Name("note") String note,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("freezeWallet", idempotencyKey, Arrays.asList(customerId, note), WalletPayload.class,
                () -> WalletPayload.of(wallets.freeze(actor.get(), CustomerId.parse(customerId),
                        Optional.ofNullable(note))),
                WalletPayload::refused);
    }

    @Mutation("unfreezeWallet")
    @Description("Unfreeze a wallet; the note is kept in the audit trail")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletPayload unfreezeWallet(@NonNull @Id @Name("customerId") String customerId,
                                                 @Name("note") String note,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("unfreezeWallet", idempotencyKey, Arrays.asList(customerId, note), WalletPayload.class,
                () -> WalletPayload.of(wallets.unfreeze(actor.get(), CustomerId.parse(customerId),
                        Optional.ofNullable(note))),
                WalletPayload::refused);
    }

    @Mutation("setCreditLimit")
    @Description("Set a customer's credit limit (授信额度); not below the credit in use; the note is kept in the audit trail")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull WalletPayload setCreditLimit(@NonNull @Id @Name("customerId") String customerId,
                                                 @NonNull @Name("limit") String limit,
                                                 @Name("expectedVersion") Integer expectedVersion,
                                                 @Name("note") String note,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setCreditLimit", idempotencyKey,
                Arrays.asList(customerId, limit, String.valueOf(expectedVersion), note), WalletPayload.class,
                () -> WalletPayload.of(wallets.setCreditLimit(actor.get(), CustomerId.parse(customerId),
                        WalletFields.requiredMoney("limit", limit),
                        Optional.ofNullable(expectedVersion).map(Integer::longValue), Optional.ofNullable(note))),
                WalletPayload::refused);
    }

    @Query("walletAudit")
    @Description("A wallet's audit trail: freezes, unfreezes and credit-limit changes, newest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WalletAuditConnection walletAudit(@NonNull @Id @Name("customerId") String customerId,
                                                      @Name("first") @DefaultValue("20") int first,
                                                      @Name("after") String after) {
        return WalletAuditConnection.of(wallets.auditTrail(actor.get(), CustomerId.parse(customerId),
                PageRequest.of(first, after)));
    }

    @Mutation("reconcileWallets")
    @Description("Recompute every wallet of the merchant from its entries and report differences (there must be none)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull ReconciliationPayload reconcileWallets(@Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("reconcileWallets", idempotencyKey, "", ReconciliationPayload.class,
                () -> new ReconciliationPayload(ReconciliationNode.of(reconciliation.reconcile(actor.get())),
                        java.util.List.of()),
                ReconciliationPayload::refused);
    }

    @Mutation("transferBalance")
    @Description("Transfer principal to another customer of the merchant by phone (余额转让), if the merchant allows it")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull WalletPayload transferBalance(@NonNull @Name("recipientPhone") String recipientPhone,
                                                  @NonNull @Name("amount") String amount,
                                                  @Name("idempotencyKey") String idempotencyKey) {
        String key = operationKey(idempotencyKey);
        return mutations.run("transferBalance", idempotencyKey, Arrays.asList(recipientPhone, amount),
                WalletPayload.class, () -> WalletPayload.of(transfers.transfer(actor.get(), recipientPhone,
                        WalletFields.requiredMoney("amount", amount), key).sent()),
                WalletPayload::refused);
    }

    /** The ledger's operation key: the client's idempotency key, or a fresh one when it sent none. */
    static String operationKey(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? "auto-" + UUID.randomUUID() : idempotencyKey;
    }
}
