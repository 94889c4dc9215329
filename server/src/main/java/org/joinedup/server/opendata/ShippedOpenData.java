package org.joinedup.server.opendata;

/** The open data shipped in the jar, read once at start-up. */
record ShippedOpenData(OpenData data) {}
