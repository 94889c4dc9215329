package org.joinedup.server.view;

import java.util.List;

/** Areas of one type, for a group in the picker. */
public record AreaGroup(String label, List<AreaOption> options) {}
