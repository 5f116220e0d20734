package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.Withdrawal;
import dev.zhanggui.wallet.WithdrawalId;
import dev.zhanggui.wallet.WithdrawalService;
import dev.zhanggui.wallet.WithdrawalTransitions;
import dev.zhanggui.wallet.WalletFields;
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
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Withdrawals (提现) over GraphQL: customers request, staff approve, reject and mark paid. */
@GraphQLApi
public class WithdrawalGraphQL {
    @Inject
    WithdrawalService withdrawals;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("Withdrawal")
    @Description("A withdrawal of principal (提现): REQUESTED (held) -> APPROVED -> PAID, or REJECTED (released)")
    public record WithdrawalNode(@NonNull @Id String id, @NonNull @Id String customerId, @NonNull String amount,
                                 @NonNull String status, @Description("Rejection reason or payout reference") String note,
                                 @NonNull List<@NonNull String> actions, @NonNull Instant requestedAt,
                                 @NonNull Instant updatedAt, @NonNull long version) {
        static WithdrawalNode of(Withdrawal w) {
            return new WithdrawalNode(w.id().toString(), w.customer().toString(), w.amount().toString(),
                    w.status().name(), w.note().orElse(null),
                    WithdrawalTransitions.actionsFrom(w.status()).stream().map(Enum::name).toList(), w.requestedAt(),
                    w.updatedAt(), w.version());
        }
    }

    @Type("WithdrawalPayload")
    public record WithdrawalPayload(WithdrawalNode withdrawal, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static WithdrawalPayload refused(List<UserError> errors) {
            return new WithdrawalPayload(null, errors);
        }
    }

    @Query("myWithdrawals")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull List<@NonNull WithdrawalNode> myWithdrawals(@Name("first") @DefaultValue("20") int first,
                                                                @Name("after") String after) {
        return withdrawals.myWithdrawals(actor.get(), PageRequest.of(first, after)).items().stream()
                .map(WithdrawalNode::of).toList();
    }

    @Mutation("requestWithdrawal")
    @Description("Withdraw principal; the amount is held until paid out or rejected")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull WithdrawalPayload requestWithdrawal(@NonNull @Name("amount") String amount,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        return run("requestWithdrawal", idempotencyKey, Arrays.asList(amount),
                () -> withdrawals.request(actor.get(), WalletFields.requiredMoney("amount", amount)));
    }

    @Mutation("approveWithdrawal")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WithdrawalPayload approveWithdrawal(@NonNull @Id @Name("id") String id,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        return run("approveWithdrawal", idempotencyKey, Arrays.asList(id),
                () -> withdrawals.approve(actor.get(), WithdrawalId.parse(id)));
    }

    @Mutation("rejectWithdrawal")
    @Description("Reject with a reason; the held amount returns to the customer's principal")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WithdrawalPayload rejectWithdrawal(@NonNull @Id @Name("id") String id,
                                                       @NonNull @Name("reason") String reason,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return run("rejectWithdrawal", idempotencyKey, Arrays.asList(id, reason),
                () -> withdrawals.reject(actor.get(), WithdrawalId.parse(id), Optional.of(reason)));
    }

    @Mutation("markWithdrawalPaid")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull WithdrawalPayload markWithdrawalPaid(@NonNull @Id @Name("id") String id,
                                                         @NonNull @Name("reference") String reference,
                                                         @Name("idempotencyKey") String idempotencyKey) {
        return run("markWithdrawalPaid", idempotencyKey, Arrays.asList(id, reference),
                () -> withdrawals.markPaid(actor.get(), WithdrawalId.parse(id), Optional.of(reference)));
    }

    private WithdrawalPayload run(String operation, String key, Object input, Supplier<Withdrawal> work) {
        return mutations.run(operation, key, input, WithdrawalPayload.class,
                () -> new WithdrawalPayload(WithdrawalNode.of(work.get()), List.of()), WithdrawalPayload::refused);
    }
}
