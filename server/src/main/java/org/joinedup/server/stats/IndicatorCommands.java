package org.joinedup.server.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.CrudeRates;
import org.joinedup.core.indicator.IndicatorValue;
import org.joinedup.core.indicator.Means;
import org.joinedup.core.indicator.Proportions;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Proportions, crude rates and means: {@code org.joinedup.core.indicator}, as PHEindicatormethods. */
final class IndicatorCommands {
    static final String NUMERATOR = "numerator";
    static final String DENOMINATOR = "denominator";
    static final String VALUE = "value";
    static final String GROUP = "group";

    private IndicatorCommands() {}

    /** The options every indicator method shares. */
    abstract static class IndicatorMethod extends StatsMethod {
        @Option(
                names = "--confidence",
                split = ",",
                paramLabel = "LEVEL",
                defaultValue = "95,99.8",
                description = "One confidence level, or 95,99.8 (default), as percentages or fractions.")
        List<String> confidence;

        double[] levels;

        @Override
        void checkOptions() {
            levels = ConfidenceLevels.parse(confidence);
            if (levels == null) {
                throw badOption("--confidence must be numbers, such as 95 or 95,99.8, not " + confidence);
            }
            try {
                // the core checks the levels: one in [0.9, 1] or [90, 100], or exactly 95 and 99.8
                Proportions.of(1, 2, 1, levels);
            } catch (IllegalArgumentException e) {
                throw badOption("--confidence: " + e.getMessage());
            }
        }

        List<String> columns() {
            List<String> columns = new ArrayList<>();
            columns.add(VALUE);
            columns.addAll(ConfidenceLevels.columns(levels));
            return columns;
        }
    }

    /** The value and its limits, in the order of {@link IndicatorMethod#columns()}. */
    static List<String> cells(IndicatorValue value) {
        List<String> cells = new ArrayList<>();
        cells.add(Numbers.format(value.value()));
        for (ConfidenceInterval interval : value.intervals()) {
            cells.add(Numbers.format(interval.lower()));
            cells.add(Numbers.format(interval.upper()));
        }
        return cells;
    }

    /** Proportion or rate: one output row per input row. */
    abstract static class RatioMethod extends IndicatorMethod {
        @Option(
                names = "--multiplier",
                paramLabel = "M",
                description = "Scale of the value: 100 for a percentage (proportion default), 100000 for a rate per"
                        + " 100,000 (rate default).")
        Double multiplier;

        abstract double defaultMultiplier();

        abstract IndicatorValue of(Double numerator, Double denominator, double multiplier, double[] levels);

        double multiplier() {
            return multiplier == null ? defaultMultiplier() : multiplier;
        }

        @Override
        void checkOptions() {
            super.checkOptions();
            if (!(multiplier() > 0) || Double.isInfinite(multiplier())) {
                throw badOption("--multiplier must be greater than 0, not " + multiplier);
            }
        }

        @Override
        OutputTable compute(InputTable in) {
            in.require(NUMERATOR, DENOMINATOR);
            OutputTable out = OutputTable.perRow(in, columns());
            for (CsvRow row : in.rows()) {
                Double numerator = in.optionalNumber(row, NUMERATOR);
                Double denominator = in.optionalNumber(row, DENOMINATOR);
                IndicatorValue value;
                try {
                    value = of(numerator, denominator, multiplier(), levels);
                } catch (IllegalArgumentException e) {
                    String column = e.getMessage().startsWith("denominator") ? DENOMINATOR : NUMERATOR;
                    throw in.error(row, column, e.getMessage());
                }
                out.add(row, cells(value));
            }
            return out;
        }
    }

    @Command(
            name = "proportion",
            mixinStandardHelpOptions = true,
            description = {
                "Proportions with Wilson score intervals (PHEindicatormethods phe_proportion).",
                "In: numerator, denominator; an empty or NA cell gives an empty result. Other columns are passed"
                        + " through.",
                "Out: value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl, one row per input row."
            })
    static final class Proportion extends RatioMethod {
        @Override
        double defaultMultiplier() {
            return 100;
        }

        @Override
        IndicatorValue of(Double numerator, Double denominator, double multiplier, double[] levels) {
            return Proportions.ofNullable(numerator, denominator, multiplier, levels);
        }
    }

    @Command(
            name = "rate",
            mixinStandardHelpOptions = true,
            description = {
                "Crude rates with exact Poisson (fewer than 10 events) or Byar's intervals (PHEindicatormethods"
                        + " phe_rate).",
                "In: numerator (events), denominator (population); an empty or NA cell gives an empty result.",
                "Out: value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl, one row per input row."
            })
    static final class Rate extends RatioMethod {
        @Override
        double defaultMultiplier() {
            return 100000;
        }

        @Override
        IndicatorValue of(Double numerator, Double denominator, double multiplier, double[] levels) {
            return CrudeRates.ofNullable(numerator, denominator, multiplier, levels);
        }
    }

    @Command(
            name = "mean",
            mixinStandardHelpOptions = true,
            description = {
                "Means with Student t intervals (PHEindicatormethods phe_mean).",
                "In: value, and optionally group; empty or NA values are left out.",
                "Out: group, value (the mean), lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl, one row per"
                        + " group."
            })
    static final class Mean extends IndicatorMethod {
        @Override
        OutputTable compute(InputTable in) {
            in.require(VALUE);
            in.requireRows();
            OutputTable out = OutputTable.perGroup(in, GROUP, Set.of(VALUE), columns());
            for (InputTable.Group group : in.groups(GROUP)) {
                List<Double> values = new ArrayList<>();
                for (CsvRow row : group.rows()) {
                    Double v = in.optionalNumber(row, VALUE);
                    if (v != null) {
                        values.add(v);
                    }
                }
                if (values.isEmpty()) {
                    throw StatsInputException.rows(in.name(), group.describe(), VALUE, "no values to average");
                }
                double[] array =
                        values.stream().mapToDouble(Double::doubleValue).toArray();
                out.add(group, cells(Means.of(array, levels).indicator()));
            }
            return out;
        }
    }
}
