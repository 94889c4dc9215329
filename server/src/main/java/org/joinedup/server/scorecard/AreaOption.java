package org.joinedup.server.scorecard;

/** An area offered in the picker. */
public record AreaOption(String code, String label) {}
