package org.joinedup.server.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.ValueCalculator;
import org.joinedup.core.period.Period;
import org.joinedup.server.store.StagedObservation;

/**
 * Checks every raw row against the catalogue and the geography and collects every problem, so the
 * person submitting sees them all at once. Rows that pass become {@link StagedObservation}s.
 */
final class SubmissionValidator {
    /**
     * Published values are rounded, so a value agrees with numerator / denominator when it is within
     * 0.5% of it, or within 0.051 (one decimal place of rounding), whichever is larger.
     */
    static final double RELATIVE_TOLERANCE = 0.005;

    static final double ABSOLUTE_TOLERANCE = 0.051;

    private final Catalogue catalogue;
    private final Geography geography;

    // A file repeats the same few metrics, periods, areas and breakdowns many times: each is checked once.
    private final Map<String, Optional<Metric>> metrics = new HashMap<>();
    private final Map<String, Object> periods = new HashMap<>();
    private final Map<String, Optional<Area>> areas = new HashMap<>();
    private final Map<String, Object> breakdowns = new HashMap<>();
    private final Map<AreaInPeriod, Boolean> validDuring = new HashMap<>();

    private record AreaInPeriod(Area area, Period period) {}

    private record Key(String metricId, String areaCode, String period, String breakdown) {}

    SubmissionValidator(Catalogue catalogue, Geography geography) {
        this.catalogue = catalogue;
        this.geography = geography;
    }

    record Validated(List<StagedObservation> observations, List<SubmissionProblem> problems) {}

    Validated validate(String file, List<RawRow> rows) {
        return validate(file, rows, SubmissionProgress.NONE);
    }

    Validated validate(String file, List<RawRow> rows, SubmissionProgress progress) {
        List<SubmissionProblem> problems = new ArrayList<>();
        List<StagedObservation> observations = new ArrayList<>(rows.size());
        Map<Key, Integer> firstRowOfKey = new HashMap<>(rows.size() * 2);
        long checked = 0;
        for (RawRow row : rows) {
            if (++checked % 100_000 == 0) {
                progress.update("check", checked, rows.size());
            }
            RowCheck check = new RowCheck(file, row, problems);
            StagedObservation observation = check.run();
            if (observation == null) {
                continue;
            }
            Key key = new Key(
                    observation.metricId(), observation.areaCode(), observation.period(), observation.breakdown());
            Integer first = firstRowOfKey.putIfAbsent(key, row.row());
            if (first != null) {
                problems.add(new SubmissionProblem(
                        file,
                        row.row(),
                        "",
                        "",
                        "duplicate of row " + first + ": the same metric, area, period and breakdown"));
            } else {
                observations.add(observation);
            }
        }
        return new Validated(observations, problems);
    }

    /** The checks of one row; problems are added as found and the row yields null if any. */
    private final class RowCheck {
        private final String file;
        private final RawRow row;
        private final List<SubmissionProblem> problems;
        private final int problemsBefore;

        RowCheck(String file, RawRow row, List<SubmissionProblem> problems) {
            this.file = file;
            this.row = row;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        private void problem(String column, String value, String reason) {
            problems.add(new SubmissionProblem(file, row.row(), column, value, reason));
        }

        StagedObservation run() {
            Optional<Metric> metric = metric();
            Optional<Period> period = period(metric);
            Optional<Area> area = area();
            Optional<Breakdown> breakdown = breakdown();
            Double numerator = number("numerator", row.numerator());
            Double denominator = number("denominator", row.denominator());
            Double value = number("value", row.value());
            String status = status();
            if (metric.isEmpty() || period.isEmpty()) {
                return null;
            }
            Optional<MetricDefinition> found = metric.get().versionFor(period.get());
            if (found.isEmpty()) {
                problem(
                        "period",
                        row.period(),
                        "metric " + row.metric() + " has no definition valid in "
                                + period.get().label() + " (versions: "
                                + metric.get().versions().stream()
                                        .map(MetricDefinition::validityLabel)
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ")");
                return null;
            }
            MetricDefinition definition = found.get();
            if (!definition.frequency().allows(period.get().type())) {
                problem(
                        "period",
                        row.period(),
                        "metric " + row.metric() + " is "
                                + definition.frequency().name().toLowerCase(Locale.ROOT)
                                + ": a "
                                + period.get()
                                        .type()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', ' ')
                                + " period is not accepted");
            }
            area.ifPresent(a -> checkArea(definition, a, period.get()));
            breakdown.ifPresent(b -> checkBreakdown(definition, b));
            Double checkedValue = checkNumbers(definition, numerator, denominator, value);
            if (problems.size() > problemsBefore || area.isEmpty() || breakdown.isEmpty()) {
                return null;
            }
            Period p = period.get();
            return new StagedObservation(
                    definition.id(),
                    definition.version(),
                    area.get().code(),
                    p.label(),
                    p.type().name(),
                    p.start(),
                    p.end(),
                    breakdown.get().label(),
                    numerator,
                    denominator,
                    checkedValue,
                    status);
        }

        private Optional<Metric> metric() {
            if (row.metric().isEmpty()) {
                problem("metric", "", "metric is required");
                return Optional.empty();
            }
            Optional<Metric> metric = metrics.computeIfAbsent(row.metric(), catalogue::metric);
            if (metric.isEmpty()) {
                problem("metric", row.metric(), "unknown metric: not in the catalogue");
            }
            return metric;
        }

        /** Parses the period, reading an ambiguous label such as 2010-11 by the metric's frequency. */
        private Optional<Period> period(Optional<Metric> metric) {
            if (row.period().isEmpty()) {
                problem("period", "", "period is required");
                return Optional.empty();
            }
            try {
                return Optional.of(
                        metric.isPresent()
                                ? Period.parse(
                                        row.period(), metric.get().latest().frequency())
                                : Period.parse(row.period()));
            } catch (IllegalArgumentException e) {
                problem("period", row.period(), e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Area> area() {
            if (row.areaCode().isEmpty()) {
                problem("area_code", "", "area_code is required");
                return Optional.empty();
            }
            Optional<Area> area = areas.computeIfAbsent(row.areaCode(), geography::resolve);
            if (area.isEmpty()) {
                problem("area_code", row.areaCode(), "unknown area: not an ODS or ONS code JoinedUp knows");
            }
            return area;
        }

        private void checkArea(MetricDefinition definition, Area area, Period period) {
            if (!validDuring.computeIfAbsent(
                    new AreaInPeriod(area, period), k -> geography.isValidDuring(k.area(), k.period()))) {
                problem(
                        "area_code",
                        row.areaCode(),
                        area.name() + " did not exist throughout " + period.label() + " (valid "
                                + (area.validFrom() == null ? "" : "from " + area.validFrom())
                                + (area.validTo() == null ? "" : " to " + area.validTo()) + ")");
            }
            if (!definition.areaTypes().isEmpty() && !definition.areaTypes().contains(area.type())) {
                problem(
                        "area_code",
                        row.areaCode(),
                        "metric " + definition.id() + " is not reported for areas of type "
                                + area.type().csvName());
            }
        }

        private Optional<Breakdown> breakdown() {
            Object parsed = breakdowns.computeIfAbsent(row.breakdown(), text -> {
                try {
                    return Breakdown.parse(text);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            if (parsed instanceof Breakdown breakdown) {
                return Optional.of(breakdown);
            }
            problem("breakdown", row.breakdown(), (String) parsed);
            return Optional.empty();
        }

        private void checkBreakdown(MetricDefinition definition, Breakdown breakdown) {
            for (String key : breakdown.values().keySet()) {
                if (!definition.breakdowns().contains(key)) {
                    problem(
                            "breakdown",
                            row.breakdown(),
                            "breakdown '" + key + "' is not defined for metric " + definition.id()
                                    + (definition.breakdowns().isEmpty()
                                            ? " (it has none)"
                                            : " (allowed: " + String.join(", ", definition.breakdowns()) + ")"));
                }
            }
        }

        private Double number(String column, String text) {
            if (text.isEmpty()) {
                return null;
            }
            String cleaned = text.indexOf(',') < 0 ? text : text.replace(",", "");
            double parsed;
            try {
                parsed = Double.parseDouble(cleaned);
            } catch (NumberFormatException e) {
                problem(column, text, "not a number");
                return null;
            }
            if (!Double.isFinite(parsed)) {
                problem(column, text, "not a finite number");
                return null;
            }
            if (parsed < 0 && !column.equals("value")) {
                problem(column, text, column + " must not be negative");
                return null;
            }
            return parsed;
        }

        private String status() {
            String given = row.status();
            if (given.isEmpty() || given.equals("final")) {
                return "FINAL";
            }
            if (given.equals("provisional")) {
                return "PROVISIONAL";
            }
            String status = given.toLowerCase(Locale.ROOT);
            if (!status.equals("final") && !status.equals("provisional")) {
                problem("status", row.status(), "status must be 'provisional' or 'final'");
            }
            return status.toUpperCase(Locale.ROOT);
        }

        /** Checks numerator, denominator and value together; returns the value to store. */
        private Double checkNumbers(MetricDefinition definition, Double numerator, Double denominator, Double value) {
            boolean anyProblem = problems.size() > problemsBefore;
            if (value == null && numerator == null && !anyProblem && row.value().isEmpty()) {
                problem("value", "", "give a value, a numerator, or both");
                return null;
            }
            if (denominator != null && denominator == 0) {
                problem("denominator", row.denominator(), "denominator must be greater than zero");
                return value;
            }
            ValueType type = definition.valueType();
            boolean needsDenominator = type != ValueType.COUNT;
            if (numerator != null && denominator == null && needsDenominator && value == null) {
                problem(
                        "denominator",
                        "",
                        "metric " + definition.id() + " is a "
                                + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + ": give a denominator with the numerator, or a value");
                return null;
            }
            if (type == ValueType.PROPORTION && numerator != null && denominator != null && numerator > denominator) {
                problem(
                        "numerator",
                        row.numerator(),
                        "numerator is larger than the denominator " + row.denominator() + " for a proportion");
                return value;
            }
            if (value != null && value < 0 && type != ValueType.RATIO) {
                problem("value", row.value(), "value must not be negative for this metric");
            }
            if (type == ValueType.PROPORTION && value != null && value > definition.multiplier() + ABSOLUTE_TOLERANCE) {
                problem("value", row.value(), "a proportion cannot exceed " + format(definition.multiplier()));
            }
            if (numerator == null || (needsDenominator && denominator == null)) {
                return value;
            }
            if (type == ValueType.DSR) {
                if (value == null) {
                    problem(
                            "value",
                            "",
                            "metric " + definition.id() + " is directly standardised: give the value;"
                                    + " a numerator and denominator alone cannot give it");
                }
                return value; // a DSR is not numerator / denominator, so there is nothing to compare
            }
            double computed =
                    ValueCalculator.value(definition, numerator, denominator).orElseThrow();
            if (value == null) {
                return computed;
            }
            double tolerance = Math.max(ABSOLUTE_TOLERANCE, Math.abs(computed) * RELATIVE_TOLERANCE);
            if (Math.abs(value - computed) > tolerance) {
                problem(
                        "value",
                        row.value(),
                        "value does not agree with numerator / denominator, which gives " + format(computed));
            }
            return value;
        }
    }

    private static String format(double number) {
        return String.format(Locale.UK, "%,.3f", number).replaceAll("\\.?0+$", "");
    }
}
