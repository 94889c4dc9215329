package org.joinedup.core.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;

/**
 * One version of a metric's definition: a row of metrics.csv (docs/formats.md section 2).
 * {@code validFrom} and {@code validTo} are financial years, null when open; {@code lagDays} is null
 * when unknown. Text fields that may be empty are "" rather than null.
 */
public record MetricDefinition(
        String id,
        int version,
        String title,
        String definition,
        String rationale,
        String numerator,
        String denominator,
        ValueType valueType,
        String unit,
        double multiplier,
        Polarity polarity,
        CiMethod ciMethod,
        Frequency frequency,
        Integer lagDays,
        String source,
        SourceType sourceType,
        Scope scope,
        Period validFrom,
        Period validTo,
        List<String> outcomes,
        List<String> impacts,
        List<String> sets,
        String accountableRole,
        String standard,
        Purpose purpose,
        List<String> breakdowns,
        List<AreaType> areaTypes,
        boolean verified,
        String notes) {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public MetricDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("metric id '" + id + "' must be lower case letters, digits and _");
        }
        if (version < 1) {
            throw new IllegalArgumentException("metric " + id + " version must be 1 or more, not " + version);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("metric " + id + " needs a title");
        }
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(ciMethod, "ciMethod");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(purpose, "purpose");
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("metric " + id + " multiplier must be a positive number");
        }
        if (lagDays != null && lagDays < 0) {
            throw new IllegalArgumentException("metric " + id + " lag_days cannot be negative");
        }
        requireFinancialYear(id, validFrom, "valid_from");
        requireFinancialYear(id, validTo, "valid_to");
        if (validFrom != null && validTo != null && validTo.start().isBefore(validFrom.start())) {
            throw new IllegalArgumentException("metric " + id + " v" + version + " is valid to " + validTo
                    + " before it is valid from " + validFrom);
        }
        definition = orEmpty(definition);
        rationale = orEmpty(rationale);
        numerator = orEmpty(numerator);
        denominator = orEmpty(denominator);
        unit = orEmpty(unit);
        source = orEmpty(source);
        accountableRole = orEmpty(accountableRole);
        standard = orEmpty(standard);
        notes = orEmpty(notes);
        outcomes = List.copyOf(outcomes);
        impacts = List.copyOf(impacts);
        sets = List.copyOf(sets);
        breakdowns = List.copyOf(breakdowns);
        areaTypes = List.copyOf(areaTypes);
    }

    private static void requireFinancialYear(String id, Period p, String field) {
        if (p != null && p.type() != PeriodType.FINANCIAL_YEAR) {
            throw new IllegalArgumentException("metric " + id + " " + field + " must be a financial year, not " + p);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** True when this version applies to the period: its validity covers the period's financial year. */
    public boolean appliesTo(Period period) {
        Period fy = period.financialYear();
        return (validFrom == null || !fy.start().isBefore(validFrom.start()))
                && (validTo == null || !fy.start().isAfter(validTo.start()));
    }

    /** True when the two versions are valid in some common financial year. */
    public boolean overlaps(MetricDefinition other) {
        boolean startsBeforeOtherEnds =
                validFrom == null || other.validTo == null || !validFrom.start().isAfter(other.validTo.start());
        boolean otherStartsBeforeThisEnds = other.validFrom == null
                || validTo == null
                || !other.validFrom.start().isAfter(validTo.start());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** "2015-16 to 2019-20", "from 2021-22", "to 2019-20" or "always". */
    public String validityLabel() {
        if (validFrom == null && validTo == null) {
            return "always";
        }
        if (validTo == null) {
            return "from " + validFrom.label();
        }
        if (validFrom == null) {
            return "to " + validTo.label();
        }
        return validFrom.label() + " to " + validTo.label();
    }

    public static Builder builder(String id, int version) {
        return new Builder(id, version);
    }

    /** Builds a definition, with defaults for everything but id and version, for code and tests. */
    public static final class Builder {
        private final String id;
        private final int version;
        private String title;
        private String definition = "";
        private String rationale = "";
        private String numerator = "";
        private String denominator = "";
        private ValueType valueType = ValueType.COUNT;
        private String unit = "count";
        private double multiplier = 1;
        private Polarity polarity = Polarity.NO_JUDGEMENT;
        private CiMethod ciMethod = CiMethod.NONE;
        private Frequency frequency = Frequency.ANNUAL;
        private Integer lagDays;
        private String source = "";
        private SourceType sourceType = SourceType.OFFICIAL_STATISTICS;
        private Scope scope = Scope.NATIONAL;
        private Period validFrom;
        private Period validTo;
        private List<String> outcomes = List.of();
        private List<String> impacts = List.of();
        private List<String> sets = List.of();
        private String accountableRole = "";
        private String standard = "";
        private Purpose purpose = Purpose.BOTH;
        private List<String> breakdowns = List.of();
        private List<AreaType> areaTypes = List.of();
        private boolean verified = true;
        private String notes = "";

        private Builder(String id, int version) {
            this.id = id;
            this.version = version;
            this.title = id;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder definition(String v) {
            definition = v;
            return this;
        }

        public Builder rationale(String v) {
            rationale = v;
            return this;
        }

        public Builder numerator(String v) {
            numerator = v;
            return this;
        }

        public Builder denominator(String v) {
            denominator = v;
            return this;
        }

        public Builder valueType(ValueType v) {
            valueType = v;
            return this;
        }

        public Builder unit(String v) {
            unit = v;
            return this;
        }

        public Builder multiplier(double v) {
            multiplier = v;
            return this;
        }

        public Builder polarity(Polarity v) {
            polarity = v;
            return this;
        }

        public Builder ciMethod(CiMethod v) {
            ciMethod = v;
            return this;
        }

        public Builder frequency(Frequency v) {
            frequency = v;
            return this;
        }

        public Builder lagDays(Integer v) {
            lagDays = v;
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder sourceType(SourceType v) {
            sourceType = v;
            return this;
        }

        public Builder scope(Scope v) {
            scope = v;
            return this;
        }

        public Builder validFrom(Period v) {
            validFrom = v;
            return this;
        }

        public Builder validTo(Period v) {
            validTo = v;
            return this;
        }

        public Builder outcomes(List<String> v) {
            outcomes = v;
            return this;
        }

        public Builder impacts(List<String> v) {
            impacts = v;
            return this;
        }

        public Builder sets(List<String> v) {
            sets = v;
            return this;
        }

        public Builder accountableRole(String v) {
            accountableRole = v;
            return this;
        }

        public Builder standard(String v) {
            standard = v;
            return this;
        }

        public Builder purpose(Purpose v) {
            purpose = v;
            return this;
        }

        public Builder breakdowns(List<String> v) {
            breakdowns = v;
            return this;
        }

        public Builder areaTypes(List<AreaType> v) {
            areaTypes = v;
            return this;
        }

        public Builder verified(boolean v) {
            verified = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public MetricDefinition build() {
            return new MetricDefinition(
                    id,
                    version,
                    title,
                    definition,
                    rationale,
                    numerator,
                    denominator,
                    valueType,
                    unit,
                    multiplier,
                    polarity,
                    ciMethod,
                    frequency,
                    lagDays,
                    source,
                    sourceType,
                    scope,
                    validFrom,
                    validTo,
                    outcomes,
                    impacts,
                    sets,
                    accountableRole,
                    standard,
                    purpose,
                    breakdowns,
                    areaTypes,
                    verified,
                    notes);
        }
    }
}
