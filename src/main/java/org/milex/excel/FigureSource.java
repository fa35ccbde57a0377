package org.milex.excel;

import java.util.Objects;
import org.milex.model.Measure;
import org.milex.model.Observation;

/** A figure with a source of its own (an edition milex holds partially). */
record FigureSource(Observation observation, Measure measure) {
    FigureSource {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(measure, "measure");
    }

    String source() {
        return observation.source(measure);
    }
}
