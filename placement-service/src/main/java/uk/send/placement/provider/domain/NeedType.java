package uk.send.placement.provider.domain;

/**
 * The primary need types of the SEN2 statutory return and the school census, in the order those use.
 * The constant's name is the code that travels in the API and in events.
 */
public enum NeedType {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability"),
    NSA("No specialist assessment of type of need");

    private final String label;

    NeedType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
