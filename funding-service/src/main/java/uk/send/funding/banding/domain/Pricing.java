package uk.send.funding.banding.domain;

/**
 * How a scheme prices a child's place.
 * <ul>
 *   <li>{@link #BANDED}: each band's annual value is the top-up (element 3) paid for a child agreed that band;
 *   place funding (element 2) is paid apart, per commissioned place.</li>
 *   <li>{@link #PER_PLACE}: some LAs price special schools (and AP, resourced provision) per place: each band's annual
 *   value is the whole price of a place, of which the scheme's {@code placeValue} (normally £10,000) is the place
 *   funding paid per commissioned place, and the rest is the top-up paid for the child in it.</li>
 * </ul>
 */
public enum Pricing {
    BANDED,
    PER_PLACE
}
