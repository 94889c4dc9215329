/**
 * Disclosure control for anything published or exported to people without row-level rights: the
 * NHS Digital HES/ECDS method in use since September 2018 (counts 1 to 7 suppressed, others rounded
 * to the nearest 5, zero kept), derived statistics, and secondary suppression so a suppressed count
 * cannot be worked out from a published total. See docs/methods/disclosure-control.md.
 */
package org.joinedup.core.disclosure;
