package org.joinedup.core.framework;

import java.util.Optional;
import org.joinedup.core.text.CsvNames;

/** The layers of the logic model, from what makes integration possible to its long-term effects. */
public enum Layer {
    ENABLER,
    COMPONENT,
    OUTCOME,
    IMPACT;

    public String csvName() {
        return CsvNames.of(this);
    }

    public static Optional<Layer> fromCsv(String name) {
        return CsvNames.parse(Layer.class, name);
    }
}
