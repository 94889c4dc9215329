package org.joinedup.server.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.Area;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.PlanStatus;
import org.joinedup.core.plan.PlanTolerance;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.PlanStore;
import org.joinedup.server.store.StoredObservation;
import org.joinedup.server.store.StoredPlan;
import org.springframework.stereotype.Service;

/**
 * Where a metric stands against its current plan or target in an area and year: the held plan, the
 * catalogue's definition and the current observations, put through {@link PlanStatus#compute}.
 */
@Service
public class PlanStatusService {
    private final ReferenceData reference;
    private final PlanStore plans;
    private final ObservationReader observations;

    public PlanStatusService(ReferenceData reference, PlanStore plans, ObservationReader observations) {
        this.reference = reference;
        this.plans = plans;
        this.observations = observations;
    }

    /**
     * @param areaCode the area's ODS or ONS code
     * @throws IllegalArgumentException for an unknown metric or area, or a metric with no definition valid in
     *     the year
     */
    public PlanStatus status(
            String metricId, String areaCode, Period financialYear, PlanKind kind, PlanTolerance tolerance) {
        Area area = reference
                .geography()
                .resolve(areaCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown area " + areaCode));
        MetricDefinition definition = reference
                .catalogue()
                .metric(metricId)
                .flatMap(m -> m.versionFor(financialYear))
                .orElseThrow(() -> new IllegalArgumentException(
                        "metric " + metricId + " has no definition valid in " + financialYear));
        Optional<StoredPlan> plan = plans.current(metricId, area.code(), financialYear, kind);
        if (plan.isEmpty()) {
            return PlanStatus.noPlan(metricId, area.code(), financialYear, kind);
        }
        List<Observation> actuals = new ArrayList<>();
        observations.read(
                new ObservationQuery(List.of(metricId), List.of(area.code()), List.of(), true, null),
                stored -> actuals.add(observation(stored)));
        return PlanStatus.compute(plan.get().plan(), definition, actuals, tolerance);
    }

    static Observation observation(StoredObservation stored) {
        return new Observation(
                new ObservationKey(
                        stored.metricId(),
                        stored.areaCode(),
                        new Period(PeriodType.valueOf(stored.periodType()), stored.periodStart(), stored.periodEnd()),
                        Breakdown.parse(stored.breakdown())),
                stored.definitionVersion(),
                stored.numerator(),
                stored.denominator(),
                stored.value(),
                Status.valueOf(stored.status()));
    }
}
