package org.joinedup.server.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The system at a glance: how many metrics have a figure, improve, deteriorate, are off plan or doubtful. */
public record Headline(
        int metrics,
        int withFigure,
        int improving,
        int deteriorating,
        int better,
        int worse,
        int offPlan,
        int qualityWarnings) {

    /** Counts each metric once, however many statements it evidences. */
    static Headline of(List<SectionView> sections) {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        sections.stream()
                .flatMap(s -> s.statements().stream())
                .flatMap(s -> s.tiles().stream())
                .forEach(t -> tiles.putIfAbsent(t.metricId(), t));
        List<Figure> figures =
                tiles.values().stream().filter(Tile::hasValue).map(Tile::figure).toList();
        return new Headline(
                tiles.size(),
                figures.size(),
                (int) figures.stream().filter(Figure::improving).count(),
                (int) figures.stream().filter(Figure::deteriorating).count(),
                (int) figures.stream()
                        .filter(f -> "better".equals(f.englandClass()))
                        .count(),
                (int) figures.stream()
                        .filter(f -> "worse".equals(f.englandClass()))
                        .count(),
                (int) figures.stream().filter(Figure::offPlan).count(),
                (int) figures.stream().filter(Figure::qualityWarning).count());
    }
}
