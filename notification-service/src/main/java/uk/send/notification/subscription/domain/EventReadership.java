package uk.send.notification.subscription.domain;

import uk.send.platform.domain.InvalidInput;
import uk.send.platform.security.Roles;

import java.util.Arrays;
import java.util.Set;

/**
 * Which roles may read which events, so that a subscription can never widen what a role may read through the
 * APIs. Per event type family:
 * <ul>
 *   <li>{@code uk.send.plan.*}: LA staff only (programme lead, SEN officer, finance, commissioner, admin);</li>
 *   <li>{@code uk.send.funding.*} and {@code uk.send.placement.*}: LA staff, and a {@code school} user for
 *       events about its own setting only (the event's setting URN is the user's {@code urn} claim), as the
 *       funding and placement APIs show a school its own setting alone;</li>
 *   <li>anything else: LA staff only.</li>
 * </ul>
 * A person holding any staff role reads as staff. Someone the service has never seen sign in has no known
 * roles and is sent nothing by a subscription.
 */
public final class EventReadership {

    /** The LA's own staff roles: they may read every event of their LA. */
    public static final Set<String> STAFF = Set.of(Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN);
    private static final String[] SETTING_SCOPED_FAMILIES = {"uk.send.funding.", "uk.send.placement."};

    private EventReadership() {
    }

    /** True when someone with these roles (and, for a school user, this setting) may read this event about {@code eventSettingUrn}. */
    public static boolean mayRead(Set<String> roles, String ownSettingUrn, String eventType, String eventSettingUrn) {
        if (roles.stream().anyMatch(STAFF::contains)) {
            return true;
        }
        return roles.contains(Roles.SCHOOL) && settingScoped(eventType)
                && ownSettingUrn != null && ownSettingUrn.equals(eventSettingUrn);
    }

    /**
     * Refuses a ROLE subscription that names event types its role may never read: a {@code school} rule may name
     * only funding and placement types or families (and then delivers each school user its own setting's events).
     */
    public static void checkRole(String role, String eventTypes) {
        if (!Roles.SCHOOL.equals(role)) {
            return;
        }
        boolean onlySettingScoped = Arrays.stream(eventTypes.split(",")).map(String::trim).allMatch(EventReadership::settingScoped);
        if (!onlySettingScoped) {
            throw new InvalidInput("eventTypes", "the school role may subscribe only to uk.send.funding.* and uk.send.placement.* events "
                    + "(each school user then hears of its own setting's only)");
        }
    }

    private static boolean settingScoped(String typeOrFamily) {
        return Arrays.stream(SETTING_SCOPED_FAMILIES).anyMatch(typeOrFamily::startsWith);
    }
}
