/** JoinedUp's domain: plain Java with no framework, no SQL and no I/O. */
package org.joinedup.core;
