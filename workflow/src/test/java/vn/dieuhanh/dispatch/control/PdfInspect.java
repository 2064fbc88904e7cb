package vn.dieuhanh.dispatch.control;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Reads back what a test rendered: text with positions, and the fonts. */
final class PdfInspect {

    /** One text-showing operation: its text and the box from the descent to the ascent line. */
    record Chunk(String text, Rectangle box, float baseline) {}

    private PdfInspect() {}

    static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page in reading order (top to bottom, left to right), pages joined by \f. */
    static String text(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()));
            }
            return String.join("\f", pages);
        }
    }

    static List<String> pageTexts(byte[] pdf) {
        return List.of(text(pdf).split("\f", -1));
    }

    static List<Chunk> chunks(PdfDocument doc, int page) {
        List<Chunk> chunks = new ArrayList<>();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                TextRenderInfo info = (TextRenderInfo) data;
                String text = info.getText();
                if (text == null || text.isBlank()) {
                    return;
                }
                Vector lowLeft = info.getDescentLine().getStartPoint();
                Vector upRight = info.getAscentLine().getEndPoint();
                float x = Math.min(lowLeft.get(0), upRight.get(0));
                float y = Math.min(lowLeft.get(1), upRight.get(1));
                Rectangle box = new Rectangle(
                        x, y, Math.abs(upRight.get(0) - lowLeft.get(0)), Math.abs(upRight.get(1) - lowLeft.get(1)));
                chunks.add(
                        new Chunk(text, box, info.getBaseline().getStartPoint().get(1)));
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
        new PdfCanvasProcessor(listener).processPageContent(doc.getPage(page));
        return chunks;
    }

    /** Every font reachable from pages, form XObjects, annotation appearances and the form's /DR. */
    static List<PdfDictionary> fonts(PdfDocument doc) {
        Set<PdfObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            collect(doc.getPage(i).getPdfObject().getAsDictionary(PdfName.Resources), fonts, seen);
            PdfArray annots = doc.getPage(i).getPdfObject().getAsArray(PdfName.Annots);
            if (annots != null) {
                for (int a = 0; a < annots.size(); a++) {
                    PdfDictionary ap = annots.getAsDictionary(a).getAsDictionary(PdfName.AP);
                    if (ap != null && ap.getAsStream(PdfName.N) != null) {
                        collect(ap.getAsStream(PdfName.N).getAsDictionary(PdfName.Resources), fonts, seen);
                    }
                }
            }
        }
        PdfDictionary acroForm = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        if (acroForm != null) {
            collect(acroForm.getAsDictionary(PdfName.DR), fonts, seen);
        }
        return fonts;
    }

    private static void collect(PdfDictionary resources, List<PdfDictionary> fonts, Set<PdfObject> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDictionary(PdfName.Font);
        if (fontDict != null) {
            for (PdfName name : fontDict.keySet()) {
                PdfDictionary font = fontDict.getAsDictionary(name);
                if (seen.add(font)) {
                    fonts.add(font);
                }
            }
        }
        PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
        if (xobjects != null) {
            for (PdfName name : xobjects.keySet()) {
                PdfStream x = xobjects.getAsStream(name);
                if (x != null && PdfName.Form.equals(x.getAsName(PdfName.Subtype))) {
                    collect(x.getAsDictionary(PdfName.Resources), fonts, seen);
                }
            }
        }
    }

    /** Whether the font (for Type0: its descendant) carries its program. */
    static boolean embedded(PdfDictionary font) {
        PdfDictionary f = font;
        if (PdfName.Type0.equals(font.getAsName(PdfName.Subtype))) {
            f = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
        }
        PdfDictionary descriptor = f.getAsDictionary(PdfName.FontDescriptor);
        return descriptor != null
                && (descriptor.containsKey(PdfName.FontFile)
                        || descriptor.containsKey(PdfName.FontFile2)
                        || descriptor.containsKey(PdfName.FontFile3));
    }

    static String baseFont(PdfDictionary font) {
        return font.getAsName(PdfName.BaseFont).getValue();
    }
}
