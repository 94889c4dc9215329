package org.joinedup.server.scorecard;

import java.util.List;

/** One outcome group of the logic model (people's experience, services, system) or the impacts. */
public record SectionView(String id, String title, List<StatementView> statements) {}
