package org.joinedup.core.framework;

import java.util.Objects;

/** Evidence, a case study, a checklist, a next step or guidance attached to a framework box. */
public record Link(LinkKind kind, String title, String url) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a link needs a title");
        }
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("link '" + title + "' needs a web address starting http:// or https://");
        }
    }
}
