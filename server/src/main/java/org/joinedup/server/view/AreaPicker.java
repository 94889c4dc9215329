package org.joinedup.server.view;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The area picker's options as HTML, written once per geography: a thousand options through the template
 * engine on every page cost more than the rest of a small page. Only the chosen option differs per page.
 */
public final class AreaPicker {
    private final String html;

    AreaPicker(List<AreaGroup> groups) {
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

    /** The options with the area of this code chosen (none when it is not offered, e.g. a practice). */
    public String options(String chosenCode) {
        String value = "<option value=\"" + HtmlUtils.htmlEscape(chosenCode) + "\">";
        int at = html.indexOf(value);
        if (at < 0) {
            return html;
        }
        int end = at + value.length() - 1;
        return html.substring(0, end) + " selected" + html.substring(end);
    }
}
