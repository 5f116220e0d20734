package dev.zhanggui.rest.order;

import dev.zhanggui.order.OrderSettingsFields;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The merchant's holidays (法定节假日), which delivery dates skip. */
@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Order settings", description = "Order numbers, timers, review, points rate, payment terms, holidays")
@SecurityRequirement(name = "bearer")
public class HolidayResource {
    @Inject
    OrderSettingsService settings;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listHolidays", summary = "The merchant's holidays of a year (法定节假日), which delivery dates skip")
    public List<String> holidays(@QueryParam("year") Integer year) {
        int wanted = year == null ? LocalDate.now(settings.settings(actor.get()).zone()).getYear() : year;
        return settings.holidays(actor.get(), wanted).stream().map(LocalDate::toString).toList();
    }

    @PUT
    @Path("/{day}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "addHoliday", summary = "Make a day a holiday (e.g. 2026-10-01)")
    public Response addHoliday(@PathParam("day") String day) {
        settings.addHoliday(actor.get(), OrderSettingsFields.day("day", day));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{day}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "removeHoliday", summary = "Make a holiday a working day again")
    public Response removeHoliday(@PathParam("day") String day) {
        settings.removeHoliday(actor.get(), OrderSettingsFields.day("day", day));
        return Response.noContent().build();
    }
}
