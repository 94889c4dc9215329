package org.joinedup.server.view;

/** A period offered in the picker: its label (the URL value) and how it is shown. */
public record PeriodOption(String label, String text) {}
