package ua.fakh.core.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * KATOTTG codes for tests, each new one unique in practice (random raion, hromada and settlement
 * digits, and a random last number), so suites sharing one PostgreSQL database never collide on an
 * oblast's, district's or hromada's code. Each lies inside the code it is made from.
 */
public final class KatottgCodes {
    private KatottgCodes() {
    }

    /** An oblast's code for the two oblast digits ({@code "05"} Vinnytsia, {@code "53"} Poltava…). */
    public static String oblast(String oblastDigits) {
        return "UA" + oblastDigits + "0000000000" + last();
    }

    public static String district(String oblastCode) {
        return oblastCode.substring(0, 4) + digits(2) + "00000000" + last();
    }

    public static String hromada(String districtCode) {
        return districtCode.substring(0, 6) + digits(3) + "00000" + last();
    }

    public static String settlement(String hromadaCode) {
        return hromadaCode.substring(0, 9) + digits(3) + "00" + last();
    }

    /** {@code n} digits, not all zero. */
    private static String digits(int n) {
        int bound = (int) Math.pow(10, n);
        return String.format("%0" + n + "d", ThreadLocalRandom.current().nextInt(1, bound));
    }

    private static String last() {
        return String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }
}
