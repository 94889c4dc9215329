package org.joinedup.pipeline.input;

import java.util.Set;

/**
 * The codes an input may use. An empty set checks only the shape of the code (e.g. when no list of
 * practices is at hand); a non-empty set also refuses codes not in it.
 *
 * @param practices ODS GP practice codes
 * @param lsoas LSOA codes (2011 or 2021)
 * @param localAuthorities ONS local authority codes (district, unitary, county)
 * @param providers ODS codes of hospital and A&E providers (trusts, and their sites when listed)
 */
public record ReferenceCodes(
        Set<String> practices, Set<String> lsoas, Set<String> localAuthorities, Set<String> providers) {

    public static final ReferenceCodes SHAPES_ONLY = new ReferenceCodes(Set.of(), Set.of(), Set.of(), Set.of());

    public ReferenceCodes {
        practices = Set.copyOf(practices);
        lsoas = Set.copyOf(lsoas);
        localAuthorities = Set.copyOf(localAuthorities);
        providers = Set.copyOf(providers);
    }
}
