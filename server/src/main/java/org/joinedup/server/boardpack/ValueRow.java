package org.joinedup.server.boardpack;

/**
 * One period of a metric's values table.
 *
 * @param figure the area's value after disclosure control
 * @param ci95 the 95% confidence interval as text, or empty when there is none or the value is hidden
 * @param england England's value for the same period
 * @param spc the SPC reading of the point, e.g. "Common cause", or empty
 */
public record ValueRow(
        String period, Figure figure, Double lower95, Double upper95, String ci95, Figure england, String spc) {}
