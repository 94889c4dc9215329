package org.joinedup.core.text;

import java.util.Locale;
import java.util.Optional;

/** Maps enum constants to the lower-case names the CSV files use ({@code GP_PRACTICE <-> gp_practice}). */
public final class CsvNames {
    private CsvNames() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive and trimmed; empty when the text names no constant. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The accepted names, for error messages: "a, b or c". */
    public static <E extends Enum<E>> String accepted(Class<E> type) {
        E[] constants = type.getEnumConstants();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                sb.append(i == constants.length - 1 ? " or " : ", ");
            }
            sb.append(of(constants[i]));
        }
        return sb.toString();
    }
}
