package org.cxlint.eval;

/**
 * Wilson score interval for a proportion: unlike the normal approximation it stays inside [0, 1] and is
 * honest for the small counts a rare behaviour has (3 of 3 is not "precision 1.00 +- 0").
 */
public record Wilson(double low, double high) {
    private static final double Z = 1.959963984540054;

    public static Wilson of(int successes, int trials) {
        if (trials <= 0) return null;
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
