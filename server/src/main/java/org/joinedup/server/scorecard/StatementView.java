package org.joinedup.server.scorecard;

import java.util.List;

/** An outcome statement of the logic model with the metrics that evidence it. */
public record StatementView(String id, String text, List<Tile> tiles) {}
