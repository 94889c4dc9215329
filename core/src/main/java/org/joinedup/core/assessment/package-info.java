/**
 * The assessment: one record per metric, area and period bringing together what the dashboard shows
 * (value and confidence intervals, benchmark comparisons against England and the parent area, the SPC
 * point type with the series' variation and assurance icons, the kite mark, the plan status).
 *
 * <p>The hot path is columnar: a {@link org.joinedup.core.assessment.SeriesInput} of primitive arrays goes
 * through fast kernels ({@link org.joinedup.core.assessment.XmrKernel}, {@link
 * org.joinedup.core.assessment.FastIntervals}, {@link org.joinedup.core.assessment.FastComparison}, {@link
 * org.joinedup.core.assessment.FastKiteMark}) that reproduce the reference implementations of the {@code spc},
 * {@code indicator}, {@code benchmark} and {@code quality} packages exactly (proved by tests), into a {@link
 * org.joinedup.core.assessment.SeriesAssessment} of primitive arrays. {@link
 * org.joinedup.core.assessment.SeriesAssessment#assessment(int)} turns one point into an {@link
 * org.joinedup.core.assessment.Assessment} record for display. See docs/assessment.md.
 */
package org.joinedup.core.assessment;
