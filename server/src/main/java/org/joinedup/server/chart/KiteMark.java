package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A data quality kite mark: a small circle of six segments, one per dimension clockwise from the top
 * (timeliness, completeness, validity, consistency, source, sign-off), each coloured by its rating and
 * carrying the rating's letter (G good, C caution, P poor, a dash for not assessed) and its own title.
 */
public final class KiteMark {
    private KiteMark() {}

    /** The six dimensions, in their order round the mark from the top, clockwise. */
    public enum Dimension {
        TIMELINESS("Timeliness"),
        COMPLETENESS("Completeness"),
        VALIDITY("Validity"),
        CONSISTENCY("Consistency"),
        SOURCE("Source"),
        SIGN_OFF("Sign-off");

        private final String displayName;

        Dimension(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A dimension's rating, with its colour and letter. */
    public enum Rating {
        GOOD("Good", "G", Palette.NHS_BLUE),
        CAUTION("Caution", "C", Palette.WARM_YELLOW),
        POOR("Poor", "P", Palette.RED),
        NOT_ASSESSED("Not assessed", "–", Palette.PALE_GREY);

        private final String displayName;
        private final String letter;
        private final String colour;

        Rating(String displayName, String letter, String colour) {
            this.displayName = displayName;
            this.letter = letter;
            this.colour = colour;
        }

        public String displayName() {
            return displayName;
        }

        public String letter() {
            return letter;
        }

        public String colour() {
            return colour;
        }
    }

    /**
     * What the kite mark shows.
     *
     * @param title what is rated, e.g. the metric and submission
     * @param ratings a rating per dimension; a dimension left out is not assessed
     */
    public record Data(String title, Map<Dimension, Rating> ratings) {
        public Data {
            Objects.requireNonNull(title, "title");
            EnumMap<Dimension, Rating> all = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                Rating r = ratings.get(d);
                all.put(d, r == null ? Rating.NOT_ASSESSED : r);
            }
            ratings = java.util.Collections.unmodifiableMap(all);
        }

        public Rating rating(Dimension dimension) {
            return ratings.get(dimension);
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
        Dimension[] dims = Dimension.values();
        for (int i = 0; i < dims.length; i++) {
            Rating rating = data.rating(dims[i]);
            double a0 = Math.toRadians(-90 + i * 60);
            double a1 = Math.toRadians(-90 + (i + 1) * 60);
            double mid = (a0 + a1) / 2;
            String d = "M50 50L" + Svg.num(c + r * Math.cos(a0)) + " " + Svg.num(c + r * Math.sin(a0)) + "A47 47 0 0 1 "
                    + Svg.num(c + r * Math.cos(a1)) + " " + Svg.num(c + r * Math.sin(a1)) + "Z";
            svg.start("g", "class", "segment");
            svg.title(dims[i].displayName() + ": " + rating.displayName().toLowerCase(Locale.ROOT));
            svg.empty("path", "d", d, "fill", rating.colour(), "stroke", Palette.WHITE, "stroke-width", 2);
            svg.label(
                    c + r * 0.62 * Math.cos(mid),
                    c + r * 0.62 * Math.sin(mid) + 6,
                    rating.letter(),
                    "text-anchor",
                    "middle",
                    "font-size",
                    17,
                    "font-weight",
                    "bold",
                    "fill",
                    Palette.textOn(rating.colour()));
            svg.end();
        }
        svg.empty("circle", "cx", c, "cy", c, "r", r, "fill", "none", "stroke", Palette.DARK_GREY, "stroke-width", 1);
        return svg.finish();
    }

    /** E.g. "Timeliness good; completeness caution; ...". */
    public static String describe(Data data) {
        List<String> parts = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            parts.add(d.displayName() + " " + data.rating(d).displayName().toLowerCase(Locale.ROOT));
        }
        return "Data quality: " + String.join("; ", parts) + ".";
    }

    /** One row per dimension with its rating. */
    public static DataTable table(Data data) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            rows.add(new DataTable.Row(d.displayName(), List.of(data.rating(d).displayName())));
        }
        return new DataTable("Data quality: " + data.title(), List.of("Dimension", "Rating"), rows);
    }
}
