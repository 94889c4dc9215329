package org.joinedup.core.forecast;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Nelder-Mead simplex minimiser following Nash's (1990) algorithm as R's {@code optim(method =
 * "Nelder-Mead")} implements it, which is also what {@code forecast::ets} calls: the same starting
 * simplex (a step of a tenth of the largest absolute coordinate along each axis), the same reflection,
 * expansion, contraction and shrink moves, and the same stopping rule (the spread of the function values
 * falls below {@code relativeTolerance * (|f(start)| + relativeTolerance)}, or the number of evaluations
 * exceeds the limit). Values that are not finite count as {@value #BIG}, so constraints can be imposed by
 * returning infinity outside the feasible region.
 *
 * @param relativeTolerance R's {@code reltol}
 * @param absoluteTolerance R's {@code abstol}: stop once the best value is at or below it
 * @param reflection R's {@code alpha}
 * @param contraction R's {@code beta}
 * @param expansion R's {@code gamma}
 * @param maxEvaluations R's {@code maxit}, counted in function evaluations as R counts it
 */
public record NelderMead(
        double relativeTolerance,
        double absoluteTolerance,
        double reflection,
        double contraction,
        double expansion,
        int maxEvaluations) {

    /** Value standing in for a function value that is not finite. */
    public static final double BIG = 1.0e35;

    /** R's {@code optim} defaults: reltol = sqrt(machine epsilon), abstol = -Inf, 1, 0.5, 2, maxit 500. */
    public static final NelderMead R_DEFAULTS =
            new NelderMead(Math.sqrt(Math.ulp(1.0)), Double.NEGATIVE_INFINITY, 1, 0.5, 2, 500);

    /** The settings {@code forecast::ets} uses: R's defaults with up to 2000 evaluations. */
    public static final NelderMead ETS = R_DEFAULTS.withMaxEvaluations(2000);

    public NelderMead {
        if (!(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("relative tolerance must be 0 or more");
        }
        if (Double.isNaN(absoluteTolerance)) {
            throw new IllegalArgumentException("absolute tolerance must be a number");
        }
        if (!(reflection > 0 && contraction > 0 && contraction < 1 && expansion > 1)) {
            throw new IllegalArgumentException("need reflection > 0, 0 < contraction < 1 and expansion > 1");
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("max evaluations must be 1 or more");
        }
    }

    public NelderMead withMaxEvaluations(int evaluations) {
        return new NelderMead(relativeTolerance, absoluteTolerance, reflection, contraction, expansion, evaluations);
    }

    /**
     * The best point found, its value, the evaluations used and whether the tolerance was met (false when
     * the evaluation limit was reached or a shrink failed to reduce the simplex).
     */
    public record Result(double[] point, double value, int evaluations, boolean converged) {
        public Result {
            point = point.clone();
        }

        @Override
        public double[] point() {
            return point.clone();
        }
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @throws IllegalArgumentException if {@code f(start)} is not finite, or {@code start} is empty
     */
    public Result minimize(ToDoubleFunction<double[]> f, double[] start) {
        Objects.requireNonNull(f, "f");
        int n = start.length;
        if (n == 0) {
            throw new IllegalArgumentException("nothing to optimise");
        }
        double f0 = f.applyAsDouble(start.clone());
        if (!Double.isFinite(f0)) {
            throw new IllegalArgumentException("function cannot be evaluated at the starting point");
        }
        int evaluations = 1;
        double convergenceTolerance = relativeTolerance * (Math.abs(f0) + relativeTolerance);

        // vertices[j] is vertex j, values[j] its function value; vertex 0 is the start
        double[][] vertices = new double[n + 1][];
        double[] values = new double[n + 1];
        vertices[0] = start.clone();
        values[0] = f0;
        double step = 0;
        for (double x : start) {
            step = Math.max(step, 0.1 * Math.abs(x));
        }
        if (step == 0) {
            step = 0.1;
        }
        double size = 0;
        for (int j = 1; j <= n; j++) {
            double[] vertex = start.clone();
            double trial = step;
            while (vertex[j - 1] == start[j - 1]) {
                vertex[j - 1] = start[j - 1] + trial;
                trial *= 10;
            }
            size += trial;
            vertices[j] = vertex;
        }
        double oldSize = size;
        int lowest = 0;
        boolean evaluateVertices = true;
        boolean failed = false;
        double[] centroid = new double[n];
        double[] trialPoint = new double[n];

        do {
            if (evaluateVertices) {
                for (int j = 0; j <= n; j++) {
                    if (j != lowest) {
                        values[j] = finiteOrBig(f.applyAsDouble(vertices[j].clone()));
                        evaluations++;
                    }
                }
                evaluateVertices = false;
            }
            double low = values[lowest];
            double high = low;
            int highest = lowest;
            for (int j = 0; j <= n; j++) {
                if (j != lowest) {
                    if (values[j] < low) {
                        lowest = j;
                        low = values[j];
                    }
                    if (values[j] > high) {
                        highest = j;
                        high = values[j];
                    }
                }
            }
            if (high <= low + convergenceTolerance || low <= absoluteTolerance) {
                break;
            }

            for (int i = 0; i < n; i++) {
                double sum = -vertices[highest][i];
                for (int j = 0; j <= n; j++) {
                    sum += vertices[j][i];
                }
                centroid[i] = sum / n;
            }
            for (int i = 0; i < n; i++) {
                trialPoint[i] = (1 + reflection) * centroid[i] - reflection * vertices[highest][i];
            }
            double reflected = finiteOrBig(f.applyAsDouble(trialPoint.clone()));
            evaluations++;
            if (reflected < low) {
                // try to expand further along the same direction
                double[] reflectedPoint = trialPoint.clone();
                for (int i = 0; i < n; i++) {
                    trialPoint[i] = expansion * reflectedPoint[i] + (1 - expansion) * centroid[i];
                }
                double expanded = finiteOrBig(f.applyAsDouble(trialPoint.clone()));
                evaluations++;
                if (expanded < reflected) {
                    vertices[highest] = trialPoint.clone();
                    values[highest] = expanded;
                } else {
                    vertices[highest] = reflectedPoint;
                    values[highest] = reflected;
                }
            } else {
                if (reflected < high) {
                    vertices[highest] = trialPoint.clone();
                    values[highest] = reflected;
                }
                for (int i = 0; i < n; i++) {
                    trialPoint[i] = (1 - contraction) * vertices[highest][i] + contraction * centroid[i];
                }
                double contracted = finiteOrBig(f.applyAsDouble(trialPoint.clone()));
                evaluations++;
                if (contracted < values[highest]) {
                    vertices[highest] = trialPoint.clone();
                    values[highest] = contracted;
                } else if (reflected >= high) {
                    // shrink every vertex towards the best one
                    evaluateVertices = true;
                    size = 0;
                    for (int j = 0; j <= n; j++) {
                        if (j != lowest) {
                            for (int i = 0; i < n; i++) {
                                vertices[j][i] =
                                        contraction * (vertices[j][i] - vertices[lowest][i]) + vertices[lowest][i];
                                size += Math.abs(vertices[j][i] - vertices[lowest][i]);
                            }
                        }
                    }
                    if (size < oldSize) {
                        oldSize = size;
                    } else {
                        failed = true;
                        break;
                    }
                }
            }
        } while (evaluations <= maxEvaluations);

        boolean converged = !failed && evaluations <= maxEvaluations;
        return new Result(vertices[lowest], values[lowest], evaluations, converged);
    }

    private static double finiteOrBig(double value) {
        return Double.isFinite(value) ? value : BIG;
    }
}
