package uk.send.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of one import ({@code plan.imports.*}): what a single upload may make the service read. */
@ConfigMapping(prefix = "plan.imports")
public interface ImportConfig {

    /** Bytes of one uploaded file. */
    @WithDefault("10485760")
    long maxBytes();

    /** Rows and paragraphs read from one document. */
    @WithDefault("20000")
    int maxRows();

    /** Pages of one PDF. */
    @WithDefault("500")
    int maxPages();

    /** Bytes of a file sniffed as text (TSV, CSV, plain), which is read whole: a plan's text is tens of kilobytes. */
    @WithDefault("1048576")
    long maxTextBytes();

    /** Bytes a .docx or .xlsx may unpack to, against zip bombs. */
    @WithDefault("134217728")
    long maxUnzippedBytes();
}
