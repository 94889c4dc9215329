package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.joinedup.core.quality.Dimension;
import org.joinedup.core.quality.Rating;
import org.joinedup.core.quality.Segment;

/**
 * A data quality kite mark: a small circle of six segments, one per dimension clockwise from the top
 * (timeliness, completeness, validity, consistency, source, sign-off, or the configured segments in their
 * order), each coloured by its rating and carrying the rating's letter (G good, C caution, P poor, a dash for
 * not assessed) and its own title with the reason.
 */
public final class KiteMark {
    private KiteMark() {}

    /** The letter of a rating: G good, C caution, P poor, a dash for not assessed. */
    public static String letter(Rating rating) {
        return switch (rating) {
            case GOOD -> "G";
            case CAUTION -> "C";
            case POOR -> "P";
            case NOT_ASSESSED -> "–";
        };
    }

    /** The colour of a rating: good NHS blue, caution warm yellow, poor red, not assessed pale grey. */
    public static String colour(Rating rating) {
        return switch (rating) {
            case GOOD -> Palette.NHS_BLUE;
            case CAUTION -> Palette.WARM_YELLOW;
            case POOR -> Palette.RED;
            case NOT_ASSESSED -> Palette.PALE_GREY;
        };
    }

    /** A rating as people read it: Good, Caution, Poor, Not assessed. */
    public static String name(Rating rating) {
        return switch (rating) {
            case GOOD -> "Good";
            case CAUTION -> "Caution";
            case POOR -> "Poor";
            case NOT_ASSESSED -> "Not assessed";
        };
    }

    /**
     * What the kite mark shows.
     *
     * @param title what is rated, e.g. the metric and submission
     * @param segments the segments in their configured order, clockwise from the top; each has its reason
     * @param overall the overall rating, or null
     */
    public record Data(String title, List<Segment> segments, Rating overall) {
        public Data {
            Objects.requireNonNull(title, "title");
            segments = List.copyOf(segments);
        }

        /** The kite mark the core worked out. */
        public static Data of(String title, org.joinedup.core.quality.KiteMark mark) {
            return new Data(title, mark.segments(), mark.overall());
        }

        /**
         * A kite mark of the six dimensions in their usual order from ratings alone (reasons say just the
         * rating); a dimension left out is not assessed.
         */
        public static Data of(String title, Map<Dimension, Rating> ratings) {
            List<Segment> segments = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                Rating r = ratings.getOrDefault(d, Rating.NOT_ASSESSED);
                segments.add(new Segment(d, r, name(r)));
            }
            return new Data(title, segments, null);
        }
    }

    /** 48 pixels across. */
    public static String svg(Data data) {
        return svg(data, 48);
    }

    /** The kite mark at a size in pixels (drawn on a 100 by 100 view box). */
    public static String svg(Data data, double size) {
        Svg svg = Svg.icon(100, 100, size, size, "Data quality: " + data.title(), describe(data));
        double c = 50;
        double r = 47;
        List<Segment> segments = data.segments();
        int n = segments.size();
        if (n == 0) {
            svg.empty("circle", "cx", c, "cy", c, "r", r, "fill", Palette.PALE_GREY, "stroke", Palette.DARK_GREY);
            svg.label(c, c + 6, "–", "text-anchor", "middle", "font-size", 17, "fill", Palette.BLACK);
            return svg.finish();
        }
        for (int i = 0; i < n; i++) {
            Segment segment = segments.get(i);
            Rating rating = segment.rating();
            String fill = colour(rating);
            double a0 = Math.toRadians(-90 + i * 360.0 / n);
            double a1 = Math.toRadians(-90 + (i + 1) * 360.0 / n);
            double mid = (a0 + a1) / 2;
            svg.start("g", "class", "segment");
            svg.title(segment.name() + ": " + name(rating).toLowerCase(Locale.ROOT) + ". " + segment.reason());
            if (n == 1) {
                svg.empty("circle", "cx", c, "cy", c, "r", r, "fill", fill);
            } else {
                String d = "M50 50L" + Svg.num(c + r * Math.cos(a0)) + " " + Svg.num(c + r * Math.sin(a0)) + "A47 47 0 "
                        + "0 1 " + Svg.num(c + r * Math.cos(a1)) + " " + Svg.num(c + r * Math.sin(a1))
                        + "Z";
                svg.empty("path", "d", d, "fill", fill, "stroke", Palette.WHITE, "stroke-width", 2);
            }
            double lr = n == 1 ? 0 : r * 0.62;
            svg.label(
                    c + lr * Math.cos(mid),
                    c + lr * Math.sin(mid) + 6,
                    letter(rating),
                    "text-anchor",
                    "middle",
                    "font-size",
                    17,
                    "font-weight",
                    "bold",
                    "fill",
                    Palette.textOn(fill));
            svg.end();
        }
        svg.empty("circle", "cx", c, "cy", c, "r", r, "fill", "none", "stroke", Palette.DARK_GREY, "stroke-width", 1);
        return svg.finish();
    }

    /** E.g. "Data quality: timeliness good; completeness caution; ... Overall: caution." */
    public static String describe(Data data) {
        List<String> parts = new ArrayList<>();
        for (Segment s : data.segments()) {
            parts.add(s.name() + " " + name(s.rating()).toLowerCase(Locale.ROOT));
        }
        String overall = data.overall() == null
                ? ""
                : " Overall: " + name(data.overall()).toLowerCase(Locale.ROOT) + ".";
        return (parts.isEmpty() ? "Data quality not assessed." : "Data quality: " + String.join("; ", parts) + ".")
                + overall;
    }

    /** One row per segment: its rating and the reason. */
    public static DataTable table(Data data) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (Segment s : data.segments()) {
            rows.add(new DataTable.Row(s.name(), List.of(name(s.rating()), s.reason())));
        }
        if (data.overall() != null) {
            rows.add(new DataTable.Row("Overall", List.of(name(data.overall()), "")));
        }
        return new DataTable("Data quality: " + data.title(), List.of("Dimension", "Rating", "Reason"), rows);
    }
}
