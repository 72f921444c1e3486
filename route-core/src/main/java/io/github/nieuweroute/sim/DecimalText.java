package io.github.nieuweroute.sim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a {@code double} as the shortest decimal text that reads back to the same {@code double} (nl:
 * kortste decimale notatie), the spelling of every number in the library's CSV and result JSON.
 *
 * <p>Why not {@link Double#toString(double)}: up to Java 18 it sometimes writes more digits than needed
 * (JDK-4511638, fixed in Java 19): {@code 2e23} comes out as {@code 1.9999999999999998E23}. This class finds the
 * fewest significant digits {@code p} for which a {@code p}-digit decimal reads back (with
 * {@link Double#parseDouble(String)}, which rounds correctly) to the same value, and of those the one nearest the
 * exact binary value; the result is the same on every Java version.
 *
 * <p>Layout (the rule of ECMAScript's {@code Number.prototype.toString}, which R's {@code read.csv}, pandas'
 * {@code read_csv}, JSON and {@code Double.parseDouble} all read): plain decimal notation when the value lies in
 * [1e-6, 1e21) in magnitude ({@code 0.58}, {@code 12}, {@code 0.000125}), otherwise one digit before the point and
 * an exponent ({@code 2e23}, {@code 1.5e-7}); whole numbers have no {@code .0}; negative zero is {@code -0}; NaN and
 * the infinities are {@code NaN}, {@code Infinity} and {@code -Infinity} (callers writing CSV or JSON write
 * {@code NA} or {@code null} instead).
 *
 * <p>Stateless and thread-safe.
 */
public final class DecimalText {

    private DecimalText() {}

    /**
     * Returns the shortest decimal text of a value that reads back to it exactly.
     *
     * @param x any value
     * @return the text, never null; {@code Double.parseDouble(of(x))} has the same bits as {@code x}
     */
    public static String of(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0" : "-0";
        }
        return layout(shortest(x));
    }

    /** The shortest decimal that reads back to x, nearest x among those; trailing zeros stripped. */
    static BigDecimal shortest(double x) {
        // Double.toString always reads back; its digit count is an upper bound of the shortest
        BigDecimal upper = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        BigDecimal exact = new BigDecimal(x);
        int digits = upper.precision();
        BigDecimal best = null;
        // a decimal of p digits that reads back makes one of p + 1 digits (append a zero): search downwards
        for (int p = digits - 1; p >= 1; p--) {
            BigDecimal shorter = nearestThatReadsBack(x, exact, p);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        if (best == null) {
            best = nearestThatReadsBack(x, exact, digits);
        }
        return (best == null ? upper : best).stripTrailingZeros();
    }

    /** The p-digit decimal nearest x that reads back to x, or null if none does. */
    private static BigDecimal nearestThatReadsBack(double x, BigDecimal exact, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (readsBack(nearest, x)) {
            return nearest;
        }
        // next to a power of two the interval that reads back is lopsided: the other neighbour may still fit
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        BigDecimal other = nearest.compareTo(down) == 0 ? up : down;
        return readsBack(other, x) ? other : null;
    }

    private static boolean readsBack(BigDecimal decimal, double x) {
        return Double.doubleToRawLongBits(Double.parseDouble(decimal.toString())) == Double.doubleToRawLongBits(x);
    }

    private static String layout(BigDecimal d) {
        String digits = d.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - d.scale(); // value = 0.digits x 10^n
        StringBuilder b = new StringBuilder(k + 8);
        if (d.signum() < 0) {
            b.append('-');
        }
        if (k <= n && n <= 21) {
            b.append(digits);
            for (int i = k; i < n; i++) {
                b.append('0');
            }
        } else if (0 < n && n <= 21) {
            b.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            b.append("0.");
            for (int i = n; i < 0; i++) {
                b.append('0');
            }
            b.append(digits);
        } else {
            b.append(digits.charAt(0));
            if (k > 1) {
                b.append('.').append(digits, 1, k);
            }
            b.append('e').append(n - 1);
        }
        return b.toString();
    }
}
