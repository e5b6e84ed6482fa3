package uk.send.placement.forecast.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * The background population per NCY and calendar year that joiners scale with: the LA's own
 * projection (e.g. from ONS sub-national projections or its school place planning). A year it did not
 * enter takes the nearest year it did for that NCY; an NCY with no figures at all counts as
 * {@link #DEFAULT} people in every year, so its joiners stay at their historic level.
 */
public final class Population {

    public static final double DEFAULT = 10_000;

    private final Map<Integer, TreeMap<Integer, Double>> byNcy = new java.util.HashMap<>();

    public Population put(int year, int ncy, double people) {
        byNcy.computeIfAbsent(ncy, k -> new TreeMap<>()).put(year, people);
        return this;
    }

    public double at(int year, int ncy) {
        TreeMap<Integer, Double> years = byNcy.get(ncy);
        if (years == null || years.isEmpty()) {
            return DEFAULT;
        }
        Map.Entry<Integer, Double> floor = years.floorEntry(year);
        Map.Entry<Integer, Double> ceil = years.ceilingEntry(year);
        if (floor == null) {
            return ceil.getValue();
        }
        if (ceil == null) {
            return floor.getValue();
        }
        return year - floor.getKey() <= ceil.getKey() - year ? floor.getValue() : ceil.getValue();
    }
}
