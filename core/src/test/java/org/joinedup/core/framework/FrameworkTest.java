package org.joinedup.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {
    private static FrameworkBox box(String id, Layer layer, String group, String parent) {
        return new FrameworkBox(id, layer, group, parent, "text of " + id, "test", List.of());
    }

    private final Framework framework = Framework.of(List.of(
            box("E-G1", Layer.ENABLER, "governance", null),
            box("P1", Layer.OUTCOME, "people", null),
            box("S1", Layer.OUTCOME, "services", null),
            box("P2", Layer.OUTCOME, "people", null),
            box("P2a", Layer.OUTCOME, "people", "P2")));

    @Test
    void findsBoxesByIdLayerAndGroupInFileOrder() {
        assertThat(framework.box("S1")).map(FrameworkBox::group).contains("services");
        assertThat(framework.outcomes()).extracting(FrameworkBox::id).containsExactly("P1", "S1", "P2", "P2a");
        assertThat(framework.boxes(Layer.OUTCOME, "people"))
                .extracting(FrameworkBox::id)
                .containsExactly("P1", "P2", "P2a");
        assertThat(framework.groups(Layer.OUTCOME)).containsExactly("people", "services");
        assertThat(framework.children("P2")).extracting(FrameworkBox::id).containsExactly("P2a");
    }

    @Test
    void rejectsRepeatedIdsAndUnknownParents() {
        assertThatThrownBy(() ->
                        Framework.of(List.of(box("A", Layer.IMPACT, "g", null), box("A", Layer.IMPACT, "g", null))))
                .hasMessageContaining("A appears more than once");
        assertThatThrownBy(() -> Framework.of(List.of(box("A", Layer.IMPACT, "g", "Z"))))
                .hasMessageContaining("unknown parent Z");
    }

    @Test
    void addsBoxesAndLinksFromAnExtension() {
        Link link = new Link(LinkKind.CHECKLIST, "Checklist", "https://example.org/c");

        Framework extended =
                framework.plus(List.of(box("L1", Layer.OUTCOME, "local", null)), Map.of("P1", List.of(link)));

        assertThat(extended.outcomes()).extracting(FrameworkBox::id).endsWith("L1");
        assertThat(extended.box("P1").orElseThrow().links()).containsExactly(link);
        assertThat(framework.box("P1").orElseThrow().links()).isEmpty();
    }

    @Test
    void linksNeedATitleAndAWebAddress() {
        assertThatThrownBy(() -> new Link(LinkKind.EVIDENCE, "x", "ftp://a")).hasMessageContaining("http");
        assertThatThrownBy(() -> new Link(LinkKind.EVIDENCE, " ", "https://a")).hasMessageContaining("title");
    }
}
