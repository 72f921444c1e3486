package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DecimalTextTest {

    /** Any finite double, drawn by its bits, so tiny, huge and subnormal values come up as often as ordinary ones. */
    private static final Gen<Double> ANY_FINITE = SourceDSL.longs().all().map(Double::longBitsToDouble)
            .assuming(Double::isFinite);
    /** Values like the simulation's: sums and ratios of a few decimal numbers. */
    private static final Gen<Double> ORDINARY = SourceDSL.doubles().between(-1e6, 1e6)
            .zip(SourceDSL.integers().between(1, 1000), (x, d) -> x / d);

    private static boolean sameBits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    private static int significantDigits(String text) {
        String mantissa = text.replace("-", "").split("e")[0].replace(".", "");
        return new BigDecimal(mantissa).stripTrailingZeros().precision();
    }

    /** True if some decimal with the given number of significant digits reads back to x. */
    private static boolean someDecimalOfDigitsReadsBack(double x, int digits) {
        BigDecimal exact = new BigDecimal(x);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal d = exact.round(new MathContext(digits, mode));
            if (sameBits(Double.parseDouble(d.toString()), x)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void every_finite_double_reads_back_from_its_text() {
        qt().withExamples(20_000).forAll(ANY_FINITE).check(x -> sameBits(Double.parseDouble(DecimalText.of(x)), x));
        qt().withExamples(20_000).forAll(ORDINARY).check(x -> sameBits(Double.parseDouble(DecimalText.of(x)), x));
    }

    @Test
    void no_text_with_fewer_digits_reads_back() {
        qt().withExamples(5_000).forAll(ANY_FINITE).check(x -> {
            int digits = significantDigits(DecimalText.of(x));
            return digits == 1 || !someDecimalOfDigitsReadsBack(x, digits - 1);
        });
    }

    @Test
    void the_text_is_never_longer_in_digits_than_java_17s_and_is_shorter_where_java_17_errs() {
        qt().withExamples(5_000).forAll(ANY_FINITE).check(x ->
                significantDigits(DecimalText.of(x)) <= significantDigits(Double.toString(x).replace('E', 'e')));
        // JDK-4511638: Java 17 writes 2e23 as 1.9999999999999998E23 and 1e23 as 9.999999999999999E22
        assertThat(DecimalText.of(2e23)).isEqualTo("2e23");
        assertThat(DecimalText.of(1e23)).isEqualTo("1e23");
        assertThat(DecimalText.of(3.1607015940265421E17)).isEqualTo("316070159402654200");
    }

    @Test
    void the_layout_is_plain_between_a_millionth_and_1e21_and_scientific_outside() {
        assertThat(DecimalText.of(0.58)).isEqualTo("0.58");
        assertThat(DecimalText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(DecimalText.of(12.0)).isEqualTo("12");
        assertThat(DecimalText.of(-2.5)).isEqualTo("-2.5");
        assertThat(DecimalText.of(1e-6)).isEqualTo("0.000001");
        assertThat(DecimalText.of(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(DecimalText.of(1e20)).isEqualTo("100000000000000000000");
        assertThat(DecimalText.of(1e21)).isEqualTo("1e21");
        assertThat(DecimalText.of(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(DecimalText.of(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e308");
        assertThat(DecimalText.of(0.0)).isEqualTo("0");
        assertThat(DecimalText.of(-0.0)).isEqualTo("-0");
        assertThat(DecimalText.of(Double.NaN)).isEqualTo("NaN");
        assertThat(DecimalText.of(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(DecimalText.of(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @Test
    void next_to_a_power_of_two_the_nearest_decimal_that_reads_back_is_found() {
        // the values just above and below powers of two have lopsided intervals
        for (int e = -1000; e <= 1000; e += 7) {
            double p = Math.scalb(1.0, e);
            for (double x : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                String text = DecimalText.of(x);
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(x);
                int digits = significantDigits(text);
                assertThat(digits == 1 || !someDecimalOfDigitsReadsBack(x, digits - 1)).as(text).isTrue();
            }
        }
    }
}
