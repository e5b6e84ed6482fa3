package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a plan from a file or from text, whatever its kind, into the one model the import works on. The
 * kind is sniffed from the bytes (a zip holding a Word or Excel part, "%PDF-", text), not trusted from a
 * name or a header: a Word document sent as application/pdf is still read as Word, and an executable sent
 * as .docx is refused. Every refusal is an {@link UnreadableDocument}; nothing here touches the database.
 */
public final class PlanDocuments {

    /**
     * What one import may read: bytes of the file, rows of its tables and paragraphs (or lines of text), pages of
     * a PDF, bytes unzipped, and bytes of a file sniffed as text (read whole, so held to far less than a Word file).
     */
    public record Limits(long maxBytes, int maxRows, int maxPages, long maxUnzippedBytes, long maxTextBytes) {

        public static final long DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;

        public Limits(long maxBytes, int maxRows, int maxPages, long maxUnzippedBytes) {
            this(maxBytes, maxRows, maxPages, maxUnzippedBytes, DEFAULT_MAX_TEXT_BYTES);
        }
    }

    private static final int DEFAULT_MAX_ROWS = 20_000;

    private PlanDocuments() {
    }

    /** Reads pasted text; {@code delimiter} is '\t' or ','. */
    public static ReadDocument text(String text, char delimiter) {
        return text(text, delimiter, DEFAULT_MAX_ROWS);
    }

    /** Reads pasted text of at most {@code maxRows} lines; {@code delimiter} is '\t' or ','. */
    public static ReadDocument text(String text, char delimiter, int maxRows) {
        if (text == null || text.isBlank()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN, "the action plan is empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN, "the text contains a NUL character: it is not plain text");
        }
        if (text.lines().limit(maxRows + 1L).count() > maxRows) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                    "the text has more than " + maxRows + " lines; split it and import the parts");
        }
        ImportedPlan plan;
        try {
            plan = ActionPlanParser.parse(text, delimiter);
        } catch (IllegalArgumentException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN, e.getMessage(), e);
        }
        return new ReadDocument(plan, delimiter == ',' ? FileKind.CSV : FileKind.TSV, List.of(), sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a file already saved to disk (an upload), after checking its size and sniffing its kind. */
    public static ReadDocument file(Path file, Limits limits) {
        long size;
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the upload could not be read", e);
        }
        if (size > limits.maxBytes()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, "the file is " + megabytes(size)
                    + "; one import reads at most " + megabytes(limits.maxBytes()));
        }
        if (n == 0) {
            throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN, "the file is empty");
        }
        String hash = sha256(file);
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return office(file, limits, hash);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            DocumentRows rows = PdfReader.read(file, limits.maxRows(), limits.maxPages());
            return parsed(rows, FileKind.PDF, hash);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ole2(file);
        }
        if (size > limits.maxTextBytes()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE, "the file is text of " + megabytes(size)
                    + "; one import reads at most " + megabytes(limits.maxTextBytes()) + " of text");
        }
        return textFile(file, hash, limits.maxRows());
    }

    private static ReadDocument office(Path file, Limits limits, String hash) {
        boolean word = false;
        boolean excel = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                word |= e.getName().equals("word/document.xml");
                excel |= e.getName().equals("xl/workbook.xml");
                total += Math.max(0, e.getSize());
                if (e.getSize() < 0 || total > limits.maxUnzippedBytes()) {
                    throw new UnreadableDocument(UnreadableDocument.Reason.TOO_LARGE,
                            "the file unpacks to more than " + megabytes(limits.maxUnzippedBytes()) + "; one import reads at most that");
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the file looks like a Word or Excel file but is damaged", e);
        }
        if (word) {
            return parsed(DocxReader.read(file, limits.maxRows()), FileKind.DOCX, hash);
        }
        if (excel) {
            DocumentRows rows = new DocumentRows(limits.maxRows());
            List<XlsxReader.SheetRange> sheets = XlsxReader.read(file, rows);
            return new ReadDocument(WorkbookReader.read(rows, sheets), FileKind.XLSX, rows.sources, hash);
        }
        throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE,
                "a zip file that is neither a Word (.docx) nor an Excel (.xlsx) file");
    }

    private static ReadDocument parsed(DocumentRows rows, FileKind kind, String hash) {
        ImportedPlan plan = ActionPlanParser.parse(rows.table()).orElseThrow(() -> new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN,
                "no action plan found in the " + kind.name().toLowerCase(Locale.ROOT) + ": expected tables of Task, General deliverable, "
                        + "Specific actions, Success criteria, Deadline and Lead officer, a Phase table of (a), (b) items, or a Timeframe Action list"));
        return new ReadDocument(plan, kind, rows.sources, hash);
    }

    /** An OLE2 file: either an encrypted Office file (which is stored this way) or an old .doc or .xls. */
    private static UnreadableDocument ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new UnreadableDocument(UnreadableDocument.Reason.ENCRYPTED,
                        "the file is protected by a password: remove the password in Word or Excel (File > Info > Protect) and upload it again");
            }
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the file is damaged and cannot be read", e);
        }
        return new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE,
                "an old Word 97-2003 (.doc) or Excel 97-2003 (.xls) file: save it as .docx or .xlsx and upload that");
    }

    private static ReadDocument textFile(Path file, String hash, int maxRows) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the upload could not be read", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE,
                    "not a Word, Excel, PDF or UTF-8 text file", e);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'))) {
            throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE, "not a Word, Excel, PDF or text file");
        }
        char delimiter = text.lines().limit(50).anyMatch(l -> l.indexOf('\t') >= 0) ? '\t' : ',';
        ReadDocument read = text(text, delimiter, maxRows);
        return new ReadDocument(read.plan(), read.kind(), List.of(), hash);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            int r;
            while ((r = in.read(buffer)) > 0) {
                digest.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
