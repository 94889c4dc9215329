package org.joinedup.server.commentary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to a commentary's own page. */
public final class CommentaryLinks {
    private CommentaryLinks() {}

    /** {@code /commentary?metric=..&area=..&period=..}, each value encoded. */
    public static String page(String metricId, String areaCode, String period) {
        return "/commentary?metric=" + encode(metricId) + "&area=" + encode(areaCode) + "&period=" + encode(period);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
