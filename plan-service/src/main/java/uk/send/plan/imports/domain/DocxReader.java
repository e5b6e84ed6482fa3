package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Reads a Word document's body, in order, as rows: a paragraph outside a table is a row of one cell; a
 * table row is a row of its cells. In a cell, each paragraph is a line, and a list paragraph (Word bullets or
 * numbering) starts with "• ", so the readers see Word's bullets as bullets. A cell spanning n grid columns
 * is followed by n − 1 empty cells, so later cells keep their columns, and a row of one cell spanning the table
 * is marked as such (a heading row); the lower parts of a vertically merged
 * cell are empty, so the rows below continue the item above. Tracked deletions are left out, tracked
 * insertions kept; a table inside a cell is read as lines of that cell.
 * <p>
 * The package is opened with Apache POI (which also guards against zip bombs) and the main part is streamed
 * with StAX rather than loaded as XWPF's object tree, so a 5,000-row plan is read in bounded memory.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocumentRows out;
    private int paragraphs;
    private int tables;
    private int tableDepth;
    private int rowInTable;
    private List<String> cells;
    private StringBuilder cell;
    private StringBuilder paragraph;
    private boolean listParagraph;
    private int span;
    /** Cells ({@code w:tc}) of the current row of the outer table, whatever their span. */
    private int cellsInRow;

    private DocxReader(int maxRows) {
        this.out = new DocumentRows(maxRows);
    }

    static DocumentRows read(Path file, int maxRows) {
        DocxReader reader = new DocxReader(maxRows);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.isEmpty()) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            if (rels.isEmpty()) {
                throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the file has no Word document in it");
            }
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            if (main == null || !main.getContentType().contains("wordprocessingml")) {
                throw new UnreadableDocument(UnreadableDocument.Reason.UNSUPPORTED_TYPE,
                        "the file is an Office document but not a Word document");
            }
            try (InputStream in = main.getInputStream()) {
                reader.stream(in);
            }
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the file is not a readable Word document", e);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableDocument u) {
                throw u;
            }
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT,
                    "the Word document is damaged and cannot be read", e);
        }
        return reader.out;
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private void stream(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
        int deleted = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "tbl" -> startTable();
                    case "tr" -> startRow();
                    case "tc" -> startCell();
                    case "gridSpan" -> span = intAttribute(xml, 1);
                    case "p" -> {
                        paragraph = new StringBuilder();
                        listParagraph = false;
                    }
                    case "numPr" -> listParagraph = true;
                    case "pStyle" -> listParagraph |= String.valueOf(xml.getAttributeValue(W, "val")).contains("List");
                    case "t" -> {
                        if (deleted == 0 && paragraph != null) {
                            paragraph.append(xml.getElementText());
                        }
                    }
                    case "tab" -> append(" ");
                    case "br", "cr" -> append("\n");
                    case "del", "moveFrom" -> deleted++;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "p" -> endParagraph();
                    case "tc" -> endCell();
                    case "tr" -> endRow();
                    case "tbl" -> tableDepth--;
                    case "del", "moveFrom" -> deleted--;
                    default -> {
                    }
                }
            }
        }
        xml.close();
    }

    private void append(String text) {
        if (paragraph != null) {
            paragraph.append(text);
        }
    }

    private void startTable() {
        tableDepth++;
        if (tableDepth == 1) {
            tables++;
            rowInTable = 0;
        }
    }

    private void startRow() {
        if (tableDepth == 1) {
            rowInTable++;
            cells = new ArrayList<>();
            cellsInRow = 0;
        }
    }

    private void startCell() {
        if (tableDepth == 1) {
            cell = new StringBuilder();
            span = 1;
        }
    }

    private void endParagraph() {
        if (paragraph == null) {
            return;
        }
        String text = paragraph.toString().strip();
        paragraph = null;
        if (listParagraph && !text.isEmpty()) {
            text = "• " + text;
        }
        if (tableDepth == 0) {
            paragraphs++;
            out.add(List.of(text), "paragraph " + paragraphs);
        } else if (cell != null) {
            if (!text.isEmpty()) {
                if (!cell.isEmpty()) {
                    cell.append('\n');
                }
                cell.append(text);
            }
        }
    }

    private void endCell() {
        if (tableDepth == 1 && cell != null && cells != null) {
            cells.add(cell.toString());
            cellsInRow++;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
            cell = null;
        }
    }

    private void endRow() {
        if (tableDepth == 1 && cells != null) {
            // One cell spanning two or more grid columns: a heading row across the table (a table of one column has none).
            out.add(cells, "table " + tables + ", row " + rowInTable, cellsInRow == 1 && cells.size() > 1);
            cells = null;
        }
    }

    private static int intAttribute(XMLStreamReader xml, int fallback) {
        try {
            return Math.max(1, Math.min(64, Integer.parseInt(xml.getAttributeValue(W, "val"))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
