package ua.fakh.core.analytics.boundaries;

/**
 * The one flat picture of Ukraine every map shares: an equirectangular projection true to scale at
 * 48.5°N (the middle of the country), in whole units of a thousandth of a degree of latitude
 * (about 110 m), with (0, 0) at the north-west corner of the frame. Good enough for a choropleth;
 * distances are not measured on it.
 */
public final class MapProjection {
    /** The frame: Ukraine's extremes (22.14°E, 40.23°E, 44.39°N, 52.38°N) with a small margin. */
    public static final double WEST = 21.9;
    public static final double EAST = 40.5;
    public static final double SOUTH = 44.2;
    public static final double NORTH = 52.6;

    private static final double UNITS_PER_DEGREE = 1000;
    private static final double X_SCALE = Math.cos(Math.toRadians(48.5)) * UNITS_PER_DEGREE;

    private MapProjection() {
    }

    public static double x(double longitude) {
        return (longitude - WEST) * X_SCALE;
    }

    public static double y(double latitude) {
        return (NORTH - latitude) * UNITS_PER_DEGREE;
    }

    /** Whether a point lies within the frame: a file in another coordinate system fails here. */
    public static boolean inFrame(double longitude, double latitude) {
        return longitude >= WEST && longitude <= EAST && latitude >= SOUTH && latitude <= NORTH;
    }
}
