package uk.send.placement.forecast.domain;

/** The LA's projected population of one national curriculum year in one calendar year: what the forecast scales joiners by. */
public record PopulationCount(int year, int ncy, int population) {
}
