package org.joinedup.core.plan;

import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.forecast.OutturnDistribution;
import org.joinedup.core.forecast.YearEndForecast;

/**
 * The probability that a year ends on track against its annual plan, from a forecast outturn distribution
 * ({@link YearEndForecast}), judged by the same rule as {@link PlanStatus}: higher is better, P(outturn
 * >= plan - allowance); lower is better, P(outturn <= plan + allowance); no judgement, P(plan - allowance
 * <= outturn <= plan + allowance), which is 0 for a continuous forecast with no tolerance.
 *
 * <p>The forecast must be on the annual value's basis. {@code YearEndForecast.forCount} is (the year's
 * total). {@code YearEndForecast.forRate} forecasts the plain ratio numerator / denominator, so pass the
 * metric's multiplier as {@code forecastUnit} to compare it with a plan per 100 or per 100,000. A rate per
 * population from {@code forRate} is the year's events over the sum of the months' populations, an average
 * month's rate: set it against an annual plan on that basis only.
 *
 * <p>Where the outturn is already known (a normal distribution with no spread, the whole year actual),
 * the answer is 1 or 0 and an exact tie meets the plan, unlike {@link YearEndForecast#probabilityAtLeast},
 * which counts a tie as missing it.
 */
public final class PlanForecast {
    private PlanForecast() {}

    /**
     * @param forecastUnit how many of the plan's units one unit of the forecast is: 1 when the forecast is
     *     of the metric's values, the multiplier for a {@code forRate} forecast of a rate per 100 or 100,000
     * @return a probability from 0 to 1
     */
    public static double probabilityOfMeeting(
            Plan plan, Polarity polarity, PlanTolerance tolerance, YearEndForecast forecast, double forecastUnit) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(forecast, "forecast");
        if (!(forecastUnit > 0) || Double.isInfinite(forecastUnit)) {
            throw new IllegalArgumentException("the forecast unit must be a positive number, not " + forecastUnit);
        }
        double allowance = Judgement.allowance(plan.annualValue(), tolerance);
        double low = (plan.annualValue() - allowance) / forecastUnit;
        double high = (plan.annualValue() + allowance) / forecastUnit;
        OutturnDistribution d = forecast.distribution();
        return switch (polarity) {
            case HIGHER_IS_BETTER -> atLeast(d, low);
            case LOWER_IS_BETTER -> d.cumulativeProbability(high);
            case NO_JUDGEMENT -> Math.max(0, d.cumulativeProbability(high) - (1 - atLeast(d, low)));
        };
    }

    /** P(outturn >= x), counting a draw or a known outturn equal to x as reaching it. */
    static double atLeast(OutturnDistribution distribution, double x) {
        if (distribution instanceof OutturnDistribution.Normal n) {
            if (n.standardDeviation() == 0) {
                return n.mean() >= x ? 1 : 0;
            }
            return 1 - n.cumulativeProbability(x);
        }
        double[] draws = ((OutturnDistribution.Simulated) distribution).draws();
        int reaching = 0;
        for (double draw : draws) {
            if (draw >= x) {
                reaching++;
            }
        }
        return (double) reaching / draws.length;
    }
}
