package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.DENOMINATOR;
import static org.joinedup.server.stats.IndicatorCommands.GROUP;
import static org.joinedup.server.stats.IndicatorCommands.NUMERATOR;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.indicator.AgeBandCount;
import org.joinedup.core.indicator.DirectlyStandardisedRates;
import org.joinedup.core.indicator.EventFrequencyCount;
import org.joinedup.core.indicator.IndirectlyStandardisedRatios;
import org.joinedup.core.indicator.ReferenceBand;
import org.joinedup.core.indicator.ReferencePopulation;
import org.joinedup.core.indicator.StandardisedRate;
import org.joinedup.core.indicator.StandardisedRatio;
import org.joinedup.core.observation.StandardPopulation;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Directly and indirectly standardised rates and ratios, one output row per group of age bands. */
final class StandardisedCommands {
    static final String AGE_BAND = "age_band";
    static final String STANDARD_POPULATION = "standard_population";
    static final String EVENT_FREQUENCY = "event_frequency";
    static final String PERSONS = "persons";
    static final String EXPECTED = "expected";

    private StandardisedCommands() {}

    abstract static class StandardisedMethod extends IndicatorCommands.IndicatorMethod {
        @Option(names = "--multiplier", paramLabel = "M", description = "Scale of the value.")
        Double multiplier;

        abstract double defaultMultiplier();

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

        /** An age band label that must be there, once per group. */
        static String band(InputTable in, CsvRow row) {
            String band = in.text(row, AGE_BAND);
            if (band.isEmpty()) {
                throw in.error(row, AGE_BAND, "an age band is needed");
            }
            return band;
        }

        static void requireOnce(InputTable in, Map<String, CsvRow> seen, String key, CsvRow row, String what) {
            CsvRow before = seen.putIfAbsent(key, row);
            if (before != null) {
                throw in.error(row, AGE_BAND, what + " is given twice in its group (also row " + before.number() + ")");
            }
        }

        static double nonNegative(InputTable in, CsvRow row, String column, Double value, String plural) {
            if (value != null && value < 0) {
                throw in.error(row, column, plural + " must all be greater than or equal to zero");
            }
            return value == null ? 0 : value;
        }
    }

    @Command(
            name = "dsr",
            mixinStandardHelpOptions = true,
            description = {
                "Directly standardised rates with Dobson intervals (PHEindicatormethods calculate_dsr).",
                "In: group, age_band, numerator, denominator, and optionally standard_population (a weight per"
                        + " row, used instead of --standard). With --method nonindependent: event_frequency and"
                        + " persons (people in the band with that many events) instead of numerator.",
                "Out: group, value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl, numerator, denominator"
                        + " (totals), one row per group; value and limits are empty when the total count is under"
                        + " 10."
            })
    static final class Dsr extends StandardisedMethod {
        @Option(
                names = "--standard",
                paramLabel = "NAME",
                description = "The standard population: esp2013 (default), the European Standard Population 2013 with"
                        + " bands 0-4, 5-9, ..., 85-89, 90+.")
        String standard;

        @Option(
                names = "--method",
                paramLabel = "independent|nonindependent",
                defaultValue = "independent",
                description = "Whether events are independent (default) or people can have more than one.")
        String method;

        @Override
        double defaultMultiplier() {
            return 100000;
        }

        boolean nonIndependent() {
            return method.equals("nonindependent");
        }

        @Override
        void checkOptions() {
            super.checkOptions();
            if (standard != null && !standard.equals("esp2013")) {
                throw badOption("--standard must be esp2013, not " + standard
                        + " (give other standards in a standard_population column)");
            }
            if (!method.equals("independent") && !method.equals("nonindependent")) {
                throw badOption("--method must be independent or nonindependent, not " + method);
            }
        }

        @Override
        OutputTable compute(InputTable in) {
            in.require(AGE_BAND, DENOMINATOR);
            in.require(nonIndependent() ? new String[] {EVENT_FREQUENCY, PERSONS} : new String[] {NUMERATOR});
            boolean ownStandard = in.has(STANDARD_POPULATION);
            if (ownStandard && standard != null) {
                throw StatsInputException.column(
                        in.name(),
                        STANDARD_POPULATION,
                        "give the standard either as this column or as --standard, not both");
            }
            in.requireRows();
            List<String> columns = columns();
            columns.add(NUMERATOR);
            columns.add(DENOMINATOR);
            OutputTable out = OutputTable.perGroup(
                    in,
                    GROUP,
                    Set.of(AGE_BAND, NUMERATOR, DENOMINATOR, STANDARD_POPULATION, EVENT_FREQUENCY, PERSONS),
                    columns);
            for (InputTable.Group group : in.groups(GROUP)) {
                Map<String, Double> weights = ownStandard ? standardOf(in, group) : StandardPopulation.ESP2013;
                StandardisedRate dsr;
                try {
                    dsr = nonIndependent() ? nonIndependent(in, group, weights) : independent(in, group, weights);
                } catch (IllegalArgumentException e) {
                    throw in.groupError(group, e.getMessage());
                }
                List<String> cells = IndicatorCommands.cells(dsr.indicator());
                cells.add(Numbers.format(dsr.totalCount()));
                cells.add(Numbers.format(dsr.totalPopulation()));
                out.add(group, cells);
            }
            return out;
        }

        private StandardisedRate independent(InputTable in, InputTable.Group group, Map<String, Double> weights) {
            List<AgeBandCount> bands = new ArrayList<>();
            Map<String, CsvRow> seen = new LinkedHashMap<>();
            for (CsvRow row : group.rows()) {
                String band = band(in, row);
                requireOnce(in, seen, band, row, "age band " + band);
                Double count = in.optionalNumber(row, NUMERATOR);
                nonNegative(in, row, NUMERATOR, count, "numerators");
                bands.add(new AgeBandCount(band, count, population(in, row)));
            }
            return DirectlyStandardisedRates.of(bands, weights, multiplier(), levels);
        }

        private StandardisedRate nonIndependent(InputTable in, InputTable.Group group, Map<String, Double> weights) {
            List<EventFrequencyCount> rows = new ArrayList<>();
            Map<String, CsvRow> seen = new LinkedHashMap<>();
            for (CsvRow row : group.rows()) {
                String band = band(in, row);
                double frequency = in.number(row, EVENT_FREQUENCY);
                if (frequency < 0) {
                    throw in.error(row, EVENT_FREQUENCY, "event frequencies must be 0 or more");
                }
                requireOnce(
                        in,
                        seen,
                        band + "\u0000" + frequency,
                        row,
                        "age band " + band + " with event frequency " + Numbers.format(frequency));
                Double persons = in.optionalNumber(row, PERSONS);
                nonNegative(in, row, PERSONS, persons, "persons");
                rows.add(new EventFrequencyCount(band, frequency, persons, population(in, row)));
            }
            return DirectlyStandardisedRates.nonIndependent(rows, weights, multiplier(), levels);
        }

        private static double population(InputTable in, CsvRow row) {
            double n = in.number(row, DENOMINATOR);
            if (!(n > 0)) {
                throw in.error(row, DENOMINATOR, "denominators must all be greater than zero");
            }
            return n;
        }

        /** The weights of the standard_population column, the same for every row of a band. */
        private static Map<String, Double> standardOf(InputTable in, InputTable.Group group) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (CsvRow row : group.rows()) {
                String band = band(in, row);
                double w = in.number(row, STANDARD_POPULATION);
                if (w < 0) {
                    throw in.error(row, STANDARD_POPULATION, "stdpop must all be greater than or equal to zero");
                }
                Double before = weights.putIfAbsent(band, w);
                if (before != null && before != w) {
                    throw in.error(
                            row,
                            STANDARD_POPULATION,
                            "age band " + band + " has standard population " + Numbers.format(before)
                                    + " in an earlier row");
                }
            }
            return weights;
        }
    }

    /** Indirect standardisation against a reference population file. */
    abstract static class Indirect extends StandardisedMethod {
        @Option(
                names = "--reference",
                required = true,
                paramLabel = "FILE.csv",
                description = "The reference population: age_band, numerator (events), denominator (population).")
        Path reference;

        abstract StandardisedRatio of(List<AgeBandCount> bands, ReferencePopulation reference);

        @Override
        OutputTable compute(InputTable in) {
            ReferencePopulation population = reference(InputTable.read(reference));
            in.require(AGE_BAND, NUMERATOR, DENOMINATOR);
            in.requireRows();
            List<String> columns = columns();
            columns.add(NUMERATOR);
            columns.add(DENOMINATOR);
            columns.add(EXPECTED);
            OutputTable out = OutputTable.perGroup(in, GROUP, Set.of(AGE_BAND, NUMERATOR, DENOMINATOR), columns);
            for (InputTable.Group group : in.groups(GROUP)) {
                List<AgeBandCount> bands = new ArrayList<>();
                Map<String, CsvRow> seen = new LinkedHashMap<>();
                double totalPopulation = 0;
                for (CsvRow row : group.rows()) {
                    String band = band(in, row);
                    requireOnce(in, seen, band, row, "age band " + band);
                    Double count = in.optionalNumber(row, NUMERATOR);
                    nonNegative(in, row, NUMERATOR, count, "numerators");
                    Double n = in.optionalNumber(row, DENOMINATOR);
                    totalPopulation += nonNegative(in, row, DENOMINATOR, n, "denominators");
                    bands.add(new AgeBandCount(band, count, n));
                }
                StandardisedRatio ratio;
                try {
                    ratio = of(bands, population);
                } catch (IllegalArgumentException e) {
                    throw in.groupError(group, e.getMessage());
                }
                List<String> cells = IndicatorCommands.cells(ratio.indicator());
                cells.add(Numbers.format(ratio.observed()));
                cells.add(Numbers.format(totalPopulation));
                cells.add(Numbers.format(ratio.expected()));
                out.add(group, cells);
            }
            return out;
        }

        private static ReferencePopulation reference(InputTable ref) {
            ref.require(AGE_BAND, NUMERATOR, DENOMINATOR);
            ref.requireRows();
            List<ReferenceBand> bands = new ArrayList<>();
            Map<String, CsvRow> seen = new LinkedHashMap<>();
            for (CsvRow row : ref.rows()) {
                String band = band(ref, row);
                requireOnce(ref, seen, band, row, "age band " + band);
                Double count = ref.optionalNumber(row, NUMERATOR);
                nonNegative(ref, row, NUMERATOR, count, "reference counts");
                double n = ref.number(row, DENOMINATOR);
                if (!(n > 0)) {
                    throw ref.error(row, DENOMINATOR, "reference populations must all be greater than zero");
                }
                bands.add(new ReferenceBand(band, count, n));
            }
            return ReferencePopulation.of(bands);
        }
    }

    @Command(
            name = "isr",
            mixinStandardHelpOptions = true,
            description = {
                "Indirectly standardised rates (PHEindicatormethods calculate_ISRate): observed / expected events"
                        + " times the reference crude rate.",
                "In: group, age_band, numerator, denominator; --reference FILE with age_band, numerator,"
                        + " denominator.",
                "Out: group, value, limits, numerator (observed), denominator (population), expected, one row"
                        + " per group."
            })
    static final class Isr extends Indirect {
        @Override
        double defaultMultiplier() {
            return 100000;
        }

        @Override
        StandardisedRatio of(List<AgeBandCount> bands, ReferencePopulation reference) {
            return IndirectlyStandardisedRatios.rate(bands, reference, multiplier(), levels);
        }
    }

    @Command(
            name = "isratio",
            mixinStandardHelpOptions = true,
            description = {
                "Indirectly standardised ratios such as SMRs (PHEindicatormethods calculate_ISRatio): observed /"
                        + " expected events times --multiplier (the reference value: 1 by default, 100 for an"
                        + " SMR x 100).",
                "In: group, age_band, numerator, denominator; --reference FILE with age_band, numerator,"
                        + " denominator.",
                "Out: group, value, limits, numerator (observed), denominator (population), expected, one row"
                        + " per group."
            })
    static final class IsRatio extends Indirect {
        @Override
        double defaultMultiplier() {
            return 1;
        }

        @Override
        StandardisedRatio of(List<AgeBandCount> bands, ReferencePopulation reference) {
            return IndirectlyStandardisedRatios.ratio(bands, reference, multiplier(), levels);
        }
    }
}
