package dev.zhanggui.graphql.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.order.CheckoutTerms;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSettingsFields;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.order.PaymentTerms;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The merchant's order settings (订单设置): number prefix, timers, review, points rate, payment
 * terms of the merchant and of single customers, holidays. Staff read them; admins change them.
 */
@GraphQLApi
public class OrderSettingsGraphQL {

    @Inject
    OrderSettingsService settings;
    @Inject
    Mutations mutations;
    @Inject
    Provider<Actor> actor;

    @Type("PaymentTerms")
    @Input("PaymentTermsInput")
    @Description("付款规则: whether a first order may be COD, whether returning customers may, and whether an unsettled COD order blocks the next")
    public record TermsNode(@NonNull Boolean firstOrderMayPayOnDelivery, @NonNull Boolean returningMayPayOnDelivery,
                            @NonNull Boolean unsettledCodBlocksNext) {
        static TermsNode of(PaymentTerms t) {
            return new TermsNode(t.firstOrderMayPayOnDelivery(), t.returningMayPayOnDelivery(), t.unsettledCodBlocksNext());
        }
    }

    @Type("OrderSettings")
    public record SettingsNode(@NonNull String timeZone, @NonNull String numberPrefix, long paymentTimeoutMinutes,
                               long receiptPeriodDays, boolean reviewRequired, long pointsPerUnit,
                               @NonNull String pointsUnitWorth,
                               @Description("The largest share of an order's total that points may pay, 0 to 100")
                               int pointsMaxSharePercent, @NonNull TermsNode paymentTerms,
                               @Description("0 until the merchant saves settings; name it as expectedVersion to change them")
                               long version) {
        static SettingsNode of(OrderSettingsService.StoredOrderSettings stored) {
            OrderSettings.MerchantOrderSettings s = stored.settings();
            return new SettingsNode(s.zone().getId(), s.numberPrefix(), s.timers().paymentTimeout().toMinutes(),
                    s.timers().receiptPeriod().toDays(), s.timers().reviewRequired(), s.pointsRate().points(),
                    s.pointsRate().worth().amount().toPlainString(), s.pointsMaxSharePercent(), TermsNode.of(s.terms()),
                    stored.version());
        }
    }

    @Input("OrderSettingsInput")
    @Description("The parts of the order settings to change; parts left out keep their value")
    public record SettingsInput(String numberPrefix, Long paymentTimeoutMinutes, Long receiptPeriodDays,
                                Boolean reviewRequired, Long pointsPerUnit, String pointsUnitWorth,
                                Boolean firstOrderMayPayOnDelivery, Boolean returningMayPayOnDelivery,
                                Boolean unsettledCodBlocksNext, Integer pointsMaxSharePercent) {
    }

    @Type("CustomerPaymentTerms")
    public record CustomerTermsNode(@NonNull TermsNode terms, boolean own) {
        static CustomerTermsNode of(OrderSettingsService.CustomerTerms t) {
            return new CustomerTermsNode(TermsNode.of(t.terms()), t.own());
        }
    }

    @Type("OrderSettingsPayload")
    public record SettingsPayload(SettingsNode settings, @NonNull List<@NonNull UserError> errors) implements Payload {
    }

    @Type("CustomerPaymentTermsPayload")
    public record CustomerTermsPayload(CustomerTermsNode customerTerms, @NonNull List<@NonNull UserError> errors)
            implements Payload {
    }

    @Type("HolidaysPayload")
    public record HolidaysPayload(List<@NonNull String> holidays, @NonNull List<@NonNull UserError> errors)
            implements Payload {
    }

    @Type("CheckoutTerms")
    @Description("结算须知: what points are worth and how much of an order they may pay, how long an order may stay unpaid, and the payment terms that apply to the caller")
    public record CheckoutTermsNode(long pointsPerUnit, @NonNull String pointsUnitWorth,
                                    @Description("The largest share of an order's total that points may pay, 0 to 100")
                                    int pointsMaxSharePercent, long paymentTimeoutMinutes,
                                    @NonNull TermsNode paymentTerms) {
        static CheckoutTermsNode of(CheckoutTerms t) {
            return new CheckoutTermsNode(t.pointsRate().points(), t.pointsRate().worth().amount().toPlainString(),
                    t.pointsMaxSharePercent(), t.paymentTimeout().toMinutes(), TermsNode.of(t.paymentTerms()));
        }
    }

    @Query("checkoutTerms")
    @Description("The terms of checkout, for anyone shopping (anonymous with X-Merchant); a customer gets their own payment terms")
    public @NonNull CheckoutTermsNode checkoutTerms() {
        return CheckoutTermsNode.of(settings.checkoutTerms(actor.get()));
    }

    @Query("orderSettings")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull SettingsNode orderSettings() {
        return SettingsNode.of(settings.stored(actor.get()));
    }

    @Query("customerPaymentTerms")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CustomerTermsNode customerPaymentTerms(@Name("customerId") @NonNull @Id String customerId) {
        return CustomerTermsNode.of(settings.customerTerms(actor.get(), CustomerId.parse(customerId)));
    }

    @Query("holidays")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Description("The merchant's holidays of a year (法定节假日), which delivery dates skip")
    public @NonNull List<@NonNull String> holidays(@Name("year") int year) {
        return settings.holidays(actor.get(), year).stream().map(LocalDate::toString).toList();
    }

    @Mutation("updateOrderSettings")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Description("Change parts of the order settings, at the version read if expectedVersion is given "
            + "(VERSION_MISMATCH if stale; VERSION_CONFLICT if another change was saved meanwhile)")
    public @NonNull SettingsPayload updateOrderSettings(@Name("input") @NonNull SettingsInput in,
                                                        @Name("expectedVersion") Integer expectedVersion,
                                                        @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("updateOrderSettings", idempotencyKey, Arrays.asList(in, String.valueOf(expectedVersion)),
                SettingsPayload.class,
                () -> new SettingsPayload(SettingsNode.of(settings.change(actor.get(), OrderSettingsFields.change(
                        in.numberPrefix(), in.paymentTimeoutMinutes(), in.receiptPeriodDays(), in.reviewRequired(),
                        in.pointsPerUnit(), in.pointsUnitWorth(), in.firstOrderMayPayOnDelivery(),
                        in.returningMayPayOnDelivery(), in.unsettledCodBlocksNext(), in.pointsMaxSharePercent()),
                        Optional.ofNullable(expectedVersion).map(Integer::longValue))), List.of()),
                errors -> new SettingsPayload(null, errors));
    }

    @Mutation("setCustomerPaymentTerms")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Description("Gives a customer their own payment terms; without terms the merchant's apply again")
    public @NonNull CustomerTermsPayload setCustomerPaymentTerms(@Name("customerId") @NonNull @Id String customerId,
                                                                 @Name("terms") TermsNode terms,
                                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("setCustomerPaymentTerms", idempotencyKey, Arrays.asList(customerId, terms),
                CustomerTermsPayload.class, () -> new CustomerTermsPayload(CustomerTermsNode.of(
                        settings.setCustomerTerms(actor.get(), CustomerId.parse(customerId),
                                Optional.ofNullable(terms).map(t -> OrderSettingsFields.terms(
                                        t.firstOrderMayPayOnDelivery(), t.returningMayPayOnDelivery(),
                                        t.unsettledCodBlocksNext())))), List.of()),
                errors -> new CustomerTermsPayload(null, errors));
    }

    @Mutation("addHoliday")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull HolidaysPayload addHoliday(@Name("day") @NonNull String day,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return holidayChange("addHoliday", day, idempotencyKey, true);
    }

    @Mutation("removeHoliday")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public @NonNull HolidaysPayload removeHoliday(@Name("day") @NonNull String day,
                                                  @Name("idempotencyKey") String idempotencyKey) {
        return holidayChange("removeHoliday", day, idempotencyKey, false);
    }

    private HolidaysPayload holidayChange(String operation, String day, String idempotencyKey, boolean add) {
        return mutations.run(operation, idempotencyKey, day, HolidaysPayload.class, () -> {
            LocalDate parsed = OrderSettingsFields.day("day", day);
            if (add) {
                settings.addHoliday(actor.get(), parsed);
            } else {
                settings.removeHoliday(actor.get(), parsed);
            }
            return new HolidaysPayload(settings.holidays(actor.get(), parsed.getYear()).stream()
                    .map(LocalDate::toString).toList(), List.of());
        }, errors -> new HolidaysPayload(null, errors));
    }
}
