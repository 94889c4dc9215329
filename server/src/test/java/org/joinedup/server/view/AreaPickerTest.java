package org.joinedup.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaPickerTest {
    private final AreaPicker picker = new AreaPicker(List.of(
            new AreaGroup("ICBs", List.of(new AreaOption("QHM", "North East & North Cumbria"))),
            new AreaGroup(
                    "NHS trusts", List.of(new AreaOption("RF4", "Barking <Havering>"), new AreaOption("RF", "R")))));

    @Test
    void optionsAreEscapedAndGroupedAndTheChosenOneIsSelected() {
        assertThat(picker.options("RF"))
                .isEqualTo("<optgroup label=\"ICBs\"><option value=\"QHM\">North East &amp; North Cumbria</option>"
                        + "</optgroup><optgroup label=\"NHS trusts\"><option value=\"RF4\">Barking &lt;Havering&gt;"
                        + "</option><option value=\"RF\" selected>R</option></optgroup>");
    }

    @Test
    void anAreaNotOfferedSelectsNothing() {
        assertThat(picker.options("A81001")).doesNotContain("selected");
        assertThat(picker.options("\"><script>")).doesNotContain("selected").doesNotContain("<script>");
    }
}
