package org.joinedup.core.observation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Standard populations for directly standardised rates, keyed by the age band breakdown value. */
public final class StandardPopulation {
    /** European Standard Population 2013: nineteen five-year bands, 0-4 to 90+, totalling 100,000. */
    public static final Map<String, Double> ESP2013 = esp2013();

    private StandardPopulation() {}

    private static Map<String, Double> esp2013() {
        double[] weights = {
            5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500,
            1000
        };
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            String band = i == weights.length - 1 ? "90+" : (5 * i) + "-" + (5 * i + 4);
            map.put(band, weights[i]);
        }
        return Collections.unmodifiableMap(map);
    }
}
