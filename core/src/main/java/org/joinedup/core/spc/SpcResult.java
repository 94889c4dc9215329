package org.joinedup.core.spc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed chart.
 *
 * @param points every point in date order
 * @param groups one summary per period (rebase group), in order
 * @param variation the variation icon, from the last point; empty for an empty series
 * @param assurance the assurance icon, from the last point's limits and target; empty when there is no
 *     target there, the direction is neutral or the series is empty
 * @param warnings short periods and unused rebase dates
 */
public record SpcResult(
        List<SpcPoint> points,
        List<SpcGroup> groups,
        Optional<Variation> variation,
        Optional<Assurance> assurance,
        List<SpcWarning> warnings) {

    public SpcResult {
        points = List.copyOf(points);
        groups = List.copyOf(groups);
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
        warnings = List.copyOf(warnings);
        if (points.isEmpty() != variation.isEmpty()) {
            throw new IllegalArgumentException("a variation is given exactly when there are points");
        }
        if (points.isEmpty() && assurance.isPresent()) {
            throw new IllegalArgumentException("an empty chart has no assurance");
        }
    }

    /** The latest point. */
    public Optional<SpcPoint> lastPoint() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    public boolean hasWarning(SpcWarning.Kind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }
}
