package org.joinedup.server.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.core.plan.Plan;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.TrajectoryPoint;
import org.joinedup.server.store.StagedPlan;
import org.joinedup.server.submission.SubmissionProblem;

/**
 * Checks every plan row against the catalogue and the geography, as observations are checked, and collects
 * every problem so the person submitting sees them all at once. Rows of the same metric, area, year and kind
 * make one plan: its annual value (the row with an empty period) and its trajectory.
 */
final class PlanValidator {
    /** Rounding allowance when a proportion is compared with its maximum, as for observations. */
    static final double ABSOLUTE_TOLERANCE = 0.051;

    private final Catalogue catalogue;
    private final Geography geography;

    PlanValidator(Catalogue catalogue, Geography geography) {
        this.catalogue = catalogue;
        this.geography = geography;
    }

    record Validated(List<StagedPlan> plans, List<SubmissionProblem> problems) {}

    /** The key of one plan: metric, canonical area code, year and kind. */
    private record Key(String metricId, String areaCode, Period year, PlanKind kind) {}

    /** One checked row: its plan, its period (null for the annual value) and value. */
    private record Checked(Key key, MetricDefinition definition, Period period, double value, String source) {}

    /** The rows of one plan as they are found. */
    private static final class Group {
        final int firstRow;
        final MetricDefinition definition;
        Double annual;
        String source = "";
        final List<TrajectoryPoint> points = new ArrayList<>();

        Group(int firstRow, MetricDefinition definition) {
            this.firstRow = firstRow;
            this.definition = definition;
        }
    }

    Validated validate(String file, List<PlanRow> rows) {
        List<SubmissionProblem> problems = new ArrayList<>();
        Map<Key, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (PlanRow row : rows) {
            Checked checked = new RowCheck(file, row, problems).run();
            if (checked == null) {
                continue;
            }
            Key key = checked.key();
            String line = key.metricId() + "|" + key.areaCode() + "|" + key.year() + "|" + key.kind() + "|"
                    + (checked.period() == null ? "" : checked.period().label());
            Integer first = firstRowOf.putIfAbsent(line, row.row());
            if (first != null) {
                problems.add(new SubmissionProblem(
                        file,
                        row.row(),
                        "",
                        "",
                        "duplicate of row " + first + ": the same metric, area, financial year, kind and period"));
                continue;
            }
            Group group = groups.computeIfAbsent(key, k -> new Group(row.row(), checked.definition()));
            if (!checked.source().isEmpty()) {
                group.source = checked.source();
            }
            if (checked.period() == null) {
                group.annual = checked.value();
            } else {
                group.points.add(new TrajectoryPoint(checked.period(), checked.value()));
            }
        }
        List<StagedPlan> plans = new ArrayList<>();
        groups.forEach((key, group) -> {
            String what = key.metricId() + " in " + key.areaCode() + " for "
                    + key.year().label() + " (" + key.kind().name().toLowerCase(Locale.ROOT) + ")";
            if (group.annual == null) {
                problems.add(new SubmissionProblem(
                        file,
                        group.firstRow,
                        "period",
                        "",
                        "no annual value for " + what + ": add a row with an empty period and the value for the year"));
                return;
            }
            try {
                Plan plan = Plan.of(
                        group.definition,
                        key.areaCode(),
                        key.year(),
                        group.annual,
                        group.points,
                        key.kind(),
                        group.source.isEmpty() ? file : group.source);
                plans.add(new StagedPlan(plan, group.definition.version()));
            } catch (IllegalArgumentException e) {
                problems.add(new SubmissionProblem(file, group.firstRow, "", "", e.getMessage()));
            }
        });
        return new Validated(problems.isEmpty() ? plans : List.of(), problems);
    }

    /** The checks of one row; problems are added as found and the row yields null if any. */
    private final class RowCheck {
        private final String file;
        private final PlanRow row;
        private final List<SubmissionProblem> problems;
        private final int problemsBefore;

        RowCheck(String file, PlanRow row, List<SubmissionProblem> problems) {
            this.file = file;
            this.row = row;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        private void problem(String column, String value, String reason) {
            problems.add(new SubmissionProblem(file, row.row(), column, value, reason));
        }

        Checked run() {
            Optional<Metric> metric = metric();
            Optional<Period> year = year();
            Optional<PlanKind> kind = kind();
            Optional<Area> area = area();
            Double value = number();
            if (metric.isEmpty() || year.isEmpty()) {
                return null;
            }
            Optional<MetricDefinition> found = metric.get().versionFor(year.get());
            if (found.isEmpty()) {
                problem(
                        "financial_year",
                        row.financialYear(),
                        "metric " + row.metric() + " has no definition valid in "
                                + year.get().label()
                                + " (versions: "
                                + metric.get().versions().stream()
                                        .map(MetricDefinition::validityLabel)
                                        .collect(Collectors.joining(", "))
                                + ")");
                return null;
            }
            MetricDefinition definition = found.get();
            area.ifPresent(a -> checkArea(definition, a, year.get()));
            Period period = period(definition, year.get());
            if (value != null) {
                checkValue(definition, value);
            }
            if (problems.size() > problemsBefore || area.isEmpty() || kind.isEmpty() || value == null) {
                return null;
            }
            return new Checked(
                    new Key(definition.id(), area.get().code(), year.get(), kind.get()),
                    definition,
                    period,
                    value,
                    row.source());
        }

        private Optional<Metric> metric() {
            if (row.metric().isEmpty()) {
                problem("metric", "", "metric is required");
                return Optional.empty();
            }
            Optional<Metric> metric = catalogue.metric(row.metric());
            if (metric.isEmpty()) {
                problem("metric", row.metric(), "unknown metric: not in the catalogue");
            }
            return metric;
        }

        private Optional<Period> year() {
            String text = row.financialYear();
            if (text.isEmpty()) {
                problem("financial_year", "", "financial_year is required");
                return Optional.empty();
            }
            try {
                Period year = Period.parse(text, Frequency.ANNUAL);
                if (year.type() == PeriodType.FINANCIAL_YEAR) {
                    return Optional.of(year);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problem("financial_year", text, "not a financial year: write it as 2024-25 (or 2024/25, 2024-2025)");
            return Optional.empty();
        }

        private Optional<PlanKind> kind() {
            String text = row.kind().toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.equals("plan")) {
                return Optional.of(PlanKind.PLAN);
            }
            if (text.equals("target")) {
                return Optional.of(PlanKind.TARGET);
            }
            problem("kind", row.kind(), "kind must be 'plan' or 'target' (empty means plan)");
            return Optional.empty();
        }

        private Optional<Area> area() {
            if (row.areaCode().isEmpty()) {
                problem("area_code", "", "area_code is required");
                return Optional.empty();
            }
            Optional<Area> area = geography.resolve(row.areaCode());
            if (area.isEmpty()) {
                problem("area_code", row.areaCode(), "unknown area: not an ODS or ONS code JoinedUp knows");
            }
            return area;
        }

        private void checkArea(MetricDefinition definition, Area area, Period year) {
            if (!geography.isValidDuring(area, year)) {
                problem(
                        "area_code",
                        row.areaCode(),
                        area.name() + " did not exist throughout " + year.label() + " (valid"
                                + (area.validFrom() == null ? "" : " from " + area.validFrom())
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

        /** The trajectory period, or null for the annual value (an empty period). */
        private Period period(MetricDefinition definition, Period year) {
            String text = row.period();
            if (text.isEmpty()) {
                return null;
            }
            Frequency frequency = definition.frequency();
            Period period;
            try {
                period = Period.parse(text, frequency);
            } catch (IllegalArgumentException e) {
                problem("period", text, e.getMessage());
                return null;
            }
            if (period.equals(year)) {
                problem("period", text, "the financial year itself is the annual value: leave period empty");
            } else if (frequency == Frequency.ANNUAL) {
                problem(
                        "period",
                        text,
                        "metric " + definition.id() + " is annual: its plan is the annual value alone;"
                                + " leave period empty");
            } else if (!frequency.allows(period.type())) {
                problem(
                        "period",
                        text,
                        "metric " + definition.id() + " is " + frequency.name().toLowerCase(Locale.ROOT) + ": a "
                                + period.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + " period is not accepted in its trajectory");
            } else if (!period.financialYear().equals(year)) {
                problem("period", text, period.label() + " is not in financial year " + year.label());
            }
            return period;
        }

        private Double number() {
            String text = row.value();
            if (text.isEmpty()) {
                problem("value", "", "value is required");
                return null;
            }
            try {
                double parsed = Double.parseDouble(text.indexOf(',') < 0 ? text : text.replace(",", ""));
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
                problem("value", text, "not a finite number");
            } catch (NumberFormatException e) {
                problem("value", text, "not a number");
            }
            return null;
        }

        private void checkValue(MetricDefinition definition, double value) {
            ValueType type = definition.valueType();
            if (value < 0 && type != ValueType.RATIO) {
                problem("value", row.value(), "value must not be negative for this metric");
            }
            if (type == ValueType.PROPORTION && value > definition.multiplier() + ABSOLUTE_TOLERANCE) {
                problem(
                        "value",
                        row.value(),
                        "a proportion cannot exceed "
                                + org.joinedup.server.submission.CanonicalCsv.format(definition.multiplier()));
            }
        }
    }
}
