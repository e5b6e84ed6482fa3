package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

/**
 * One child in one January snapshot: where they were placed on the census day of {@code year}.
 *
 * @param child pseudonymous key (the EHCP reference)
 * @param year  calendar year of the January snapshot
 */
public record ChildYear(String child, int year, int ncy, NeedType need, SettingGroup setting) {
}
