package dev.modelregistry.core.yaml;

import java.math.BigDecimal;

/**
 * The numbers of free-form trees ({@code metadata}) and how numbers are written. A free-form number
 * is normalised ({@code 1.50}, {@code 1.5} and {@code 15e-1} are one value, so a tree written and
 * read back is {@code equals} to the one written) and its decimal exponent is within
 * &plusmn;{@value #MAX_EXPONENT}, so every reader, including those that read 64-bit floats,
 * reads a finite, non-zero number and the writer never pads a number with hundreds of zeros.
 */
public final class YamlNumbers {

    /** The largest decimal exponent, either way, of a free-form number and of a number written in plain digits. */
    public static final int MAX_EXPONENT = 100;

    private YamlNumbers() {
    }

    /**
     * Whether the decimal exponent of {@code value} (that of its first significant digit, 2 for
     * {@code 123.4}) is within &plusmn;{@value #MAX_EXPONENT}; zero always is.
     */
    public static boolean isInRange(BigDecimal value) {
        return value.signum() == 0 || Math.abs(exponent(value)) <= MAX_EXPONENT;
    }

    /**
     * {@code value} in its one normal form: no trailing zeros after the decimal point, and a whole
     * number with scale 0 ({@code 1.50} is {@code 1.5}, {@code 1.5E+3} is {@code 1500}, zero is
     * {@link BigDecimal#ZERO}).
     */
    public static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * {@code value} as a plain decimal when {@linkplain #isInRange in range}, else in scientific
     * notation with a fraction and a signed exponent ({@code 1.5E+200}), which YAML 1.1 and 1.2
     * readers alike read as a number.
     */
    static String text(BigDecimal value) {
        if (isInRange(value)) {
            return value.toPlainString();
        }
        String digits = value.unscaledValue().abs().toString().replaceFirst("0+$", "");
        String fraction = digits.length() > 1 ? digits.substring(1) : "0";
        long exponent = exponent(value);
        return (value.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + fraction + "E" + (exponent < 0 ? "-" : "+")
                + Math.abs(exponent);
    }

    private static long exponent(BigDecimal value) {
        return (long) value.precision() - value.scale() - 1;
    }
}
