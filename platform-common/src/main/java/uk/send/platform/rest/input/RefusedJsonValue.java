package uk.send.platform.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but breaks one of {@link JsonInputRules}; its message is the rule, worded
 * for the caller. A {@link MismatchedInputException} because that is what the REST layer hands to exception
 * mappers unwrapped (other binding errors reach them as a bare 400).
 */
public class RefusedJsonValue extends MismatchedInputException {

    public RefusedJsonValue(JsonParser parser, String rule) {
        super(parser, rule, parser == null ? null : parser.currentLocation());
    }
}
