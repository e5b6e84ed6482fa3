package uk.send.funding.modelling.domain;

/**
 * How many of the LA's EHCPs are placed at one setting with one band on the model's date: the model's input,
 * counted set-wise so that a setting's income is a handful of multiplications, not one per child.
 *
 * @param bandCode null for EHCPs placed with no band agreed
 */
public record Position(String settingUrn, String settingType, String bandCode, int ehcps) {
}
