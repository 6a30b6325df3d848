package ua.fakh.core.analytics.boundaries;

/**
 * One hromada's boundary, simplified at upload.
 *
 * @param hromadaCode  the first nine characters of its KATOTTG ({@code UA} + oblast, raion, hromada digits)
 * @param svgPath      SVG path data in {@link MapProjection}'s frame (whole numbers, relative moves)
 * @param geometryJson the same boundary as a GeoJSON geometry in longitude/latitude, for export
 * @param minX         its box in the projected frame, so a map can frame the hromadas it draws
 */
public record HromadaShape(String hromadaCode, String svgPath, String geometryJson,
                           int minX, int minY, int maxX, int maxY) {
}
