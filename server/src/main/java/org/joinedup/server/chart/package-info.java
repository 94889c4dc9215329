/**
 * Charts drawn on the server as SVG text, so that the web pages, the PDF board pack and image export show the
 * same picture. Each chart takes a small input record, returns SVG with a text alternative, and has a matching
 * HTML data table so that colour is never the only signal. See {@code docs/charts.md}.
 */
package org.joinedup.server.chart;
