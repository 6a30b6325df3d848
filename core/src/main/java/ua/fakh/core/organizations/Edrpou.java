package ua.fakh.core.organizations;

/**
 * The EDRPOU code of a Ukrainian legal entity: 8 digits, the last a check digit. Weights are
 * 1..7, or 7,1,2,3,4,5,6 for codes between 30,000,000 and 60,000,000; when the weighted sum
 * mod 11 gives 10 it is computed again with every weight + 2, and a second 10 means 0.
 */
public final class Edrpou {
    private static final int[] LOW_HIGH_WEIGHTS = {1, 2, 3, 4, 5, 6, 7};
    private static final int[] MIDDLE_WEIGHTS = {7, 1, 2, 3, 4, 5, 6};

    private Edrpou() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{8}")) {
            return false;
        }
        long value = Long.parseLong(code);
        int[] weights = value > 30_000_000L && value < 60_000_000L ? MIDDLE_WEIGHTS : LOW_HIGH_WEIGHTS;
        int check = weightedSum(code, weights, 0) % 11;
        if (check == 10) {
            check = weightedSum(code, weights, 2) % 11 % 10;
        }
        return check == code.charAt(7) - '0';
    }

    private static int weightedSum(String code, int[] weights, int extra) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (code.charAt(i) - '0') * (weights[i] + extra);
        }
        return sum;
    }
}
