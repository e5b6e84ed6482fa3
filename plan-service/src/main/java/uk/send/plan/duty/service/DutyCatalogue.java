package uk.send.plan.duty.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.duty.domain.DutyLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue of statutory duties an LA can load: the SEND reforms of 2014 ("how to phase implementation
 * of the SEND reforms for local authorities", Appendix 1), one entry per duty area and level, shipped as
 * {@code catalogue/send-reforms-2014-duties.json}. Read once, on first use.
 */
@ApplicationScoped
public class DutyCatalogue {

    public static final String NAME = "send-reforms-2014";
    static final String RESOURCE = "catalogue/send-reforms-2014-duties.json";

    /** One duty of the catalogue; the texts are the guidance's, list items one a line. */
    public record Entry(String area, DutyLevel level, LocalDate dueBy, String byRequirement, String afterRequirement) {
    }

    record Document(String name, String source, List<Entry> duties) {
    }

    private final ObjectMapper mapper;
    private volatile List<Entry> entries;

    public DutyCatalogue(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<Entry> entries() {
        if (entries == null) {
            entries = read();
        }
        return entries;
    }

    private List<Entry> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Duty catalogue " + RESOURCE + " is missing from the service");
            }
            return List.copyOf(mapper.readValue(in, Document.class).duties());
        } catch (IOException e) {
            throw new UncheckedIOException("Duty catalogue " + RESOURCE + " cannot be read", e);
        }
    }
}
