package org.joinedup.server.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --confidence} option: one level, or 95 and 99.8 (the default), given as percentages (95) or
 * fractions (0.95). The output columns are named as PHEindicatormethods names them: {@code lower95_0cl},
 * {@code upper99_8cl}.
 */
final class ConfidenceLevels {
    private ConfidenceLevels() {}

    /** The levels as fractions, as the core's indicator methods take them; null when a level is not a number. */
    static double[] parse(List<String> levels) {
        double[] fractions = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            BigDecimal level;
            try {
                level = new BigDecimal(levels.get(i).strip());
            } catch (NumberFormatException e) {
                return null;
            }
            fractions[i] = (level.compareTo(BigDecimal.ONE) > 0 ? level.movePointLeft(2) : level).doubleValue();
        }
        return fractions;
    }

    /** {@code lower95_0cl} and {@code upper95_0cl} for each level. */
    static List<String> columns(double[] fractions) {
        List<String> columns = new ArrayList<>();
        for (double f : fractions) {
            String label = String.format(Locale.ROOT, "%.1f", f * 100).replace('.', '_');
            columns.add("lower" + label + "cl");
            columns.add("upper" + label + "cl");
        }
        return columns;
    }
}
