package org.joinedup.server.view;

/** An area offered in the picker. */
public record AreaOption(String code, String label) {}
