package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleFilter;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.graphql.aftersale.AfterSaleInputTypes.AfterSaleFilterInput;
import dev.zhanggui.graphql.aftersale.AfterSalePayloads.AfterSaleConnection;
import dev.zhanggui.graphql.aftersale.AfterSalePayloads.AfterSalePayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
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
import java.util.function.Supplier;

/**
 * The merchant's after-sales over GraphQL (退换货订单, seed 003): the list by status, type and date,
 * and the review steps: approve with return (通过申请), reject (驳回), mark the return received
 * (确认收到退货), agree to refund (同意退款), record a refund settled offline (手动退款). Each step
 * takes the version staff saw as expectedVersion and an idempotencyKey.
 */
@GraphQLApi
public class StaffAfterSaleGraphQL {
    @Inject
    AfterSaleService afterSales;
    @Inject
    OrderSettings settings;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("afterSales")
    @Description("The merchant's after-sales requests by status, type and date requested, newest first")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSaleConnection afterSales(@Name("filter") AfterSaleFilterInput filter,
                                                   @Name("first") @DefaultValue("20") int first,
                                                   @Name("after") String after) {
        Actor caller = actor.get();
        AfterSaleFilter wanted = filter == null ? AfterSaleFilter.ALL
                : filter.toCore(settings.of(caller.merchant()).zone());
        return AfterSaleConnection.of(afterSales.list(caller, wanted, PageRequest.of(first, after)));
    }

    @Mutation("approveAfterSale")
    @Description("通过申请, 需要客户寄回: approves a return and refund; the customer sends the goods back")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSalePayload approveAfterSale(@NonNull @Id @Name("id") String id,
                                                      @Name("expectedVersion") Integer expectedVersion,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return run("approveAfterSale", idempotencyKey, Arrays.asList(id, expectedVersion),
                () -> afterSales.approveWithReturn(actor.get(), AfterSaleId.parse(id), version(expectedVersion)));
    }

    @Mutation("rejectAfterSale")
    @Description("驳回 with a reason the customer reads (1 to 200 characters, e.g. damaged by the customer);"
            + " they may apply again")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSalePayload rejectAfterSale(@NonNull @Id @Name("id") String id,
                                                     @NonNull @Name("reason") String reason,
                                                     @Name("expectedVersion") Integer expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return run("rejectAfterSale", idempotencyKey, Arrays.asList(id, reason, expectedVersion),
                () -> afterSales.reject(actor.get(), AfterSaleId.parse(id), reason, version(expectedVersion)));
    }

    @Mutation("markReturnReceived")
    @Description("确认收到退货: the returned goods arrived; they go back to stock unless the merchant's terms say never")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSalePayload markReturnReceived(@NonNull @Id @Name("id") String id,
                                                        @Name("expectedVersion") Integer expectedVersion,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        return run("markReturnReceived", idempotencyKey, Arrays.asList(id, expectedVersion),
                () -> afterSales.markReturnReceived(actor.get(), AfterSaleId.parse(id), version(expectedVersion)));
    }

    @Mutation("refundAfterSale")
    @Description("同意退款: without return from the request, or after the return was received; split back to every"
            + " tender and carried out, once (a repeat refunds nothing more)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSalePayload refundAfterSale(@NonNull @Id @Name("id") String id,
                                                     @Name("expectedVersion") Integer expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return run("refundAfterSale", idempotencyKey, Arrays.asList(id, expectedVersion),
                () -> afterSales.refund(actor.get(), AfterSaleId.parse(id), version(expectedVersion)));
    }

    @Mutation("recordManualRefund")
    @Description("手动退款: records a refund settled with the customer offline, with a note (1 to 200 characters);"
            + " no money moves through the system")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull AfterSalePayload recordManualRefund(@NonNull @Id @Name("id") String id,
                                                        @NonNull @Name("note") String note,
                                                        @Name("expectedVersion") Integer expectedVersion,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        return run("recordManualRefund", idempotencyKey, Arrays.asList(id, note, expectedVersion),
                () -> afterSales.recordManualRefund(actor.get(), AfterSaleId.parse(id), note,
                        version(expectedVersion)));
    }

    private AfterSalePayload run(String operation, String key, Object input, Supplier<AfterSale> step) {
        return AfterSaleGraphQL.run(mutations, afterSales, actor, operation, key, input, step);
    }

    private static Optional<Long> version(Integer expectedVersion) {
        return Optional.ofNullable(expectedVersion).map(Integer::longValue);
    }
}
