package org.joinedup.server.scorecard;

import java.util.List;

/**
 * An outcome statement of the logic model with the metrics that evidence it.
 *
 * @param tilesHtml the tiles written as HTML ({@link TileHtml}), for the page to insert whole
 */
public record StatementView(String id, String text, List<Tile> tiles, String tilesHtml) {
    public StatementView(String id, String text, List<Tile> tiles) {
        this(id, text, List.copyOf(tiles), TileHtml.of(tiles));
    }
}
