package uk.send.plan.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.item.entity.ItemDeadline;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.plan.programme.repository.ProgrammeRepository;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * iCalendar (.ics) feeds of deadlines, per programme and per lead officer, that Outlook or Google
 * Calendar subscribe to. Calendar apps cannot send bearer tokens, so a feed's link carries a signature
 * (HMAC of LA, scope and id); UIDs are stable per item and deadline position, and SEQUENCE is the item's
 * version, so an update replaces an event instead of duplicating it.
 */
@ApplicationScoped
public class CalendarService {

    private final ProgrammeRepository programmes;
    private final PlanItemRepository items;
    private final PlanConfig config;

    public CalendarService(ProgrammeRepository programmes, PlanItemRepository items, PlanConfig config) {
        this.programmes = programmes;
        this.items = items;
        this.config = config;
    }

    /** The signed link of a programme's feed; empty if the programme is not this LA's. */
    public Optional<String> programmeFeedUrl(String tenant, UUID programmeId) {
        return programmes.findInTenant(tenant, programmeId).map(p ->
                base() + "/api/v1/calendars/" + tenant + "/programmes/" + programmeId + ".ics?token=" + sign(tenant, "programme", programmeId.toString()));
    }

    public String leadFeedUrl(String tenant, String leadId) {
        return base() + "/api/v1/calendars/" + tenant + "/leads/" + java.net.URLEncoder.encode(leadId, StandardCharsets.UTF_8)
                + ".ics?token=" + sign(tenant, "lead", leadId);
    }

    /** The programme's feed, if the token was issued for it. */
    public Optional<String> programmeFeed(String tenant, UUID programmeId, String token) {
        if (!valid(token, tenant, "programme", programmeId.toString())) {
            return Optional.empty();
        }
        return programmes.findInTenant(tenant, programmeId).map(p -> render(p.title, items.allInProgramme(programmeId)));
    }

    /** A lead officer's feed across the LA's programmes, if the token was issued for them. */
    public Optional<String> leadFeed(String tenant, String leadId, String token) {
        if (!valid(token, tenant, "lead", leadId)) {
            return Optional.empty();
        }
        List<PlanItem> led = items.ledBy(tenant, leadId);
        return Optional.of(render("SEND deadlines: " + leadId, led));
    }

    private String render(String name, List<PlanItem> list) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//SEND Platform//Deadlines 1.0//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", name));
        for (PlanItem item : list) {
            if (!item.status.isOpen()) {
                continue;
            }
            for (ItemDeadline d : item.deadlines) {
                if (d.metOn != null) {
                    continue;
                }
                String summary = "Due: " + (item.ref == null ? "" : item.ref + " ") + item.title;
                VEvent event = new VEvent(d.dueDate, d.dueDate.plusDays(1), summary);
                event.add(new Uid(item.id + "-" + d.position + "@send-platform.uk"));
                event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, item.version)));
                event.replace(new DtStamp(item.updatedAt));
                event.add(new Description(String.format(Locale.UK, "%s in \"%s\"%s%s%s",
                        item.kind.name().charAt(0) + item.kind.name().substring(1).toLowerCase(Locale.UK), item.programme.title,
                        d.text == null ? "" : "\nAs written: " + d.text,
                        d.windowStart == null ? "" : "\nWindow from " + d.windowStart,
                        item.leadOfficerName == null && item.leadOfficerId == null ? ""
                                : "\nLead officer: " + (item.leadOfficerName != null ? item.leadOfficerName : item.leadOfficerId))));
                cal.add(event);
            }
        }
        return cal.toString();
    }

    private String base() {
        return config.calendar().publicBaseUrl().replaceAll("/+$", "");
    }

    private String sign(String tenant, String scope, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.calendar().secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((tenant + "|" + scope + "|" + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private boolean valid(String token, String tenant, String scope, String id) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sign(tenant, scope, id).getBytes(StandardCharsets.UTF_8));
    }
}
