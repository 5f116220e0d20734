package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A place on earth as latitude and longitude in degrees (WGS-84, as phones report it), kept to six
 * decimals (about 0.1 m), which is what the store table holds.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {
    public static final int SCALE = 6;
    /** The mean earth radius (IUGG), in meters. */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public GeoPoint {
        latitude = inRange(latitude, MAX_LATITUDE, "latitude");
        longitude = inRange(longitude, MAX_LONGITUDE, "longitude");
    }

    public static GeoPoint of(String latitude, String longitude) {
        return parse(latitude, longitude, "latitude", "longitude");
    }

    /** Parses coordinates given as text under the caller's field names, e.g. {@code lat} and {@code lng}. */
    public static GeoPoint parse(String latitude, String longitude, String latitudeField, String longitudeField) {
        return new GeoPoint(inRange(parse(latitude, latitudeField), MAX_LATITUDE, latitudeField),
                inRange(parse(longitude, longitudeField), MAX_LONGITUDE, longitudeField));
    }

    /** Parses a coordinate given as text (a query parameter); bad text is an invalid store field. */
    public static BigDecimal parse(String text, String field) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, ErrorCode.STORE_INVALID, field + " must be a decimal number");
        }
    }

    /** The great-circle distance (haversine) in meters, rounded to the meter. */
    public long distanceMetersTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLng / 2), 2);
        return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    private static BigDecimal inRange(BigDecimal value, BigDecimal max, String field) {
        if (value == null || value.abs().compareTo(max) > 0) {
            throw DomainException.invalidField(field, ErrorCode.STORE_INVALID,
                    field + " must be between -" + max + " and " + max);
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
