package org.joinedup.server.view;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A picker's options as HTML, written once (per geography for areas, per assessments for periods): a thousand
 * options through the template engine on every page cost more than the rest of a small page. Only the chosen
 * option differs per page.
 */
public final class PickerOptions {
    private final String html;

    private PickerOptions(String html) {
        this.html = html;
    }

    /** A period picker: "Latest available" (the empty value) then the periods held. */
    static PickerOptions periods(List<PeriodOption> periods) {
        StringBuilder out = new StringBuilder(8 * 1024).append("<option value=\"\">Latest available</option>");
        for (PeriodOption option : periods) {
            out.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(option.label()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(option.text()))
                    .append("</option>");
        }
        return new PickerOptions(out.toString());
    }

    PickerOptions(List<AreaGroup> groups) {
        StringBuilder out = new StringBuilder(64 * 1024);
        for (AreaGroup group : groups) {
            out.append("<optgroup label=\"")
                    .append(HtmlUtils.htmlEscape(group.label()))
                    .append("\">");
            for (AreaOption option : group.options()) {
                out.append("<option value=\"")
                        .append(HtmlUtils.htmlEscape(option.code()))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(option.label()))
                        .append("</option>");
            }
            out.append("</optgroup>");
        }
        this.html = out.toString();
    }

    /** The options with the one of this value chosen (none when it is not offered, e.g. a practice). */
    public String options(String chosenCode) {
        String value = "<option value=\"" + HtmlUtils.htmlEscape(chosenCode == null ? "" : chosenCode) + "\">";
        int at = html.indexOf(value);
        if (at < 0) {
            return html;
        }
        int end = at + value.length() - 1;
        return html.substring(0, end) + " selected" + html.substring(end);
    }
}
