package uk.send.funding.register.domain;

import uk.send.funding.register.entity.SettingType;

/** A setting to register, or the full new state of one. */
public record SettingDraft(String urn, String name, SettingType type, String cluster, Boolean active) {
}
