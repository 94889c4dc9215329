package org.joinedup.server.opendata;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything loaded from the shipped open data. */
public record OpenData(
        ShippedGeography geography, List<CanonicalRow> rows, List<PopulationRow> population, LoadReport report) {

    /** Counts of areas by type, links by hierarchy, rows by metric and population rows by dataset. */
    public String summary() {
        Map<String, Integer> areas = new TreeMap<>();
        geography.areas().forEach(a -> areas.merge(a.type(), 1, Integer::sum));
        Map<String, Integer> links = new TreeMap<>();
        geography.links().forEach(l -> links.merge(l.hierarchy(), 1, Integer::sum));
        Map<String, Integer> metrics = new TreeMap<>();
        rows.forEach(r -> metrics.merge(r.metric(), 1, Integer::sum));
        Map<String, Integer> pop = new TreeMap<>();
        population.forEach(p -> pop.merge(p.dataset(), 1, Integer::sum));
        return "areas " + areas + "\nlinks " + links + "\nrows " + metrics + " total " + rows.size() + "\npopulation "
                + pop;
    }
}
