/**
 * The data quality kite mark: for every metric, area and period, segments (timeliness, completeness,
 * validity, consistency, source, sign-off) rated from recorded facts, never typed in, and an overall
 * mark. See docs/methods/kite-mark.md.
 */
package org.joinedup.core.quality;
