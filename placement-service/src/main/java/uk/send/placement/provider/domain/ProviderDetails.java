package uk.send.placement.provider.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an officer says about a provider when registering or replacing it: the register's own fields.
 *
 * @param establishmentType GIAS establishment type, if the provider is in GIAS
 * @param laCode            the code of the LA whose area it sits in; out of area when not the tenant's
 */
public record ProviderDetails(String name, ProviderType type, Set<NeedType> needTypes, String urn, String ukprn,
                              String localAuthorityArea, String laCode, EstablishmentType establishmentType,
                              Phase phase, Integer ageFrom, Integer ageTo, InspectionGrade inspectionGrade,
                              LocalDate inspectionDate, Boolean active) {

    /** The group it counts in: its GIAS type's, else its register type's. */
    public SettingGroup settingGroup() {
        return establishmentType != null ? establishmentType.settingGroup() : SettingGroup.of(type);
    }
}
