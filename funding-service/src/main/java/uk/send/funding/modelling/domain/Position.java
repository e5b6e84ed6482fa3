package uk.send.funding.modelling.domain;

import java.util.Map;

/**
 * How many of the LA's EHCPs are placed at one setting with one band (and, where read, one set of matrix scores) on
 * the model's date: the model's input, counted set-wise so that a setting's income is a handful of multiplications,
 * not one per child.
 *
 * @param bandCode    null for EHCPs placed with no band agreed
 * @param needsLevels the matrix scores (need area → level 0–4) of the band agreement in force; null when it holds none
 *                    or when the model does not need them (no proposed matrix)
 */
public record Position(String settingUrn, String settingType, String bandCode, Map<String, Integer> needsLevels, int ehcps) {

    /** EHCPs counted without their matrix scores. */
    public Position(String settingUrn, String settingType, String bandCode, int ehcps) {
        this(settingUrn, settingType, bandCode, null, ehcps);
    }
}
