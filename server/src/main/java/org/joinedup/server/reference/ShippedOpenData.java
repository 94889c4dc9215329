package org.joinedup.server.reference;

import org.joinedup.server.opendata.OpenData;

/** The open data shipped in the jar, read once at start-up. */
record ShippedOpenData(OpenData data) {}
