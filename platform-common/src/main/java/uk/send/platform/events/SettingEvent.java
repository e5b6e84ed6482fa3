package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.util.UUID;

/** Payload of {@link EventTypes#SETTING_REGISTERED} and {@link EventTypes#SETTING_UPDATED}: a setting (school) in the LA's register. */
@JsonClassDescription("A setting (school) in the LA's register, as it is now.")
public record SettingEvent(UUID settingId, String urn, String name, String type, String cluster, boolean active) {
}
