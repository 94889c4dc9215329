package org.joinedup.server.logicmodel;

import java.util.List;
import org.joinedup.core.framework.Link;

/** The links of one kind (evidence, case studies, ...) the catalogue carries for a box. */
public record LinkGroup(String heading, List<Link> links) {
    public LinkGroup {
        links = List.copyOf(links);
    }
}
