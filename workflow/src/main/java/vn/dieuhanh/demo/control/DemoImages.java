package vn.dieuhanh.demo.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Demo appearance images drawn with Java2D. They are deliberately marked "MẪU" (sample) and imitate
 * no real seal: a plain star, two circles and the organisation's name.
 */
final class DemoImages {

    static final String SAMPLE = "MẪU";
    static final String NOT_LEGAL = "MẪU - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ";

    private static final Color INK_BLUE = new Color(18, 48, 160);
    private static final Color SEAL_RED = new Color(208, 16, 24);

    static {
        // Images are drawn on servers without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private DemoImages() {}

    /** A blue handwritten-looking signature of the name on a transparent background. */
    static byte[] handwrittenSignature(String name) {
        int width = 600;
        int height = 260;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = prepare(image);
        try {
            Font base = font("/fonts/LiberationSerif-Italic.ttf");
            Font font = fitWidth(g, base.deriveFont(96f), name, width - 60);
            // A slanted, slightly rotated name reads as handwriting more than an upright one.
            AffineTransform slant = AffineTransform.getShearInstance(-0.25, 0);
            slant.rotate(-0.06);
            font = font.deriveFont(slant);
            g.setColor(INK_BLUE);
            g.setFont(font);
            Rectangle2D bounds = font.getStringBounds(name, g.getFontRenderContext());
            float x = (float) ((width - bounds.getWidth()) / 2);
            float baseline = height * 0.58f;
            g.drawString(name, x, baseline);

            g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new CubicCurve2D.Float(
                    x - 10,
                    baseline + 30,
                    (float) (x + bounds.getWidth() * 0.35),
                    baseline + 75,
                    (float) (x + bounds.getWidth() * 0.7),
                    baseline - 5,
                    (float) (x + bounds.getWidth() + 25),
                    baseline + 22));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new CubicCurve2D.Float(
                    (float) (x + bounds.getWidth() * 0.55), baseline + 45,
                    (float) (x + bounds.getWidth() * 0.75), baseline + 60,
                    (float) (x + bounds.getWidth() * 0.95), baseline + 40,
                    (float) (x + bounds.getWidth() + 5), baseline + 30));

            g.setFont(font("/fonts/LiberationSerif-Regular.ttf").deriveFont(Font.BOLD, 22f));
            g.drawString(SAMPLE, width - 70, 30);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A red round seal: two circles, the organisation's name around, a star, and "not legal". */
    static byte[] seal(String organisation) {
        int size = 420;
        double centre = size / 2.0;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = prepare(image);
        try {
            g.setColor(SEAL_RED);
            double outer = centre - 8;
            double inner = outer * 0.66;
            g.setStroke(new BasicStroke(9f));
            g.draw(new Ellipse2D.Double(centre - outer, centre - outer, 2 * outer, 2 * outer));
            g.setStroke(new BasicStroke(3.5f));
            g.draw(new Ellipse2D.Double(centre - inner, centre - inner, 2 * inner, 2 * inner));

            Font regular = font("/fonts/LiberationSerif-Regular.ttf");
            Font bold;
            try {
                bold = font("/fonts/LiberationSerif-Bold.ttf");
            } catch (UncheckedIOException e) {
                bold = regular.deriveFont(Font.BOLD);
            }
            drawAroundCircle(g, bold, organisation.toUpperCase(java.util.Locale.ROOT), centre, (outer + inner) / 2);

            g.fill(star(centre, centre - inner * 0.28, inner * 0.32, inner * 0.13));

            Font notLegal = fitWidth(g, bold.deriveFont(30f), NOT_LEGAL, (float) (inner * 1.85));
            g.setFont(notLegal);
            Rectangle2D bounds = notLegal.getStringBounds(NOT_LEGAL, g.getFontRenderContext());
            g.drawString(NOT_LEGAL, (float) (centre - bounds.getWidth() / 2), (float) (centre + inner * 0.27));
            Font sample = bold.deriveFont(30f);
            g.setFont(sample);
            Rectangle2D sampleBounds = sample.getStringBounds(SAMPLE, g.getFontRenderContext());
            g.drawString(SAMPLE, (float) (centre - sampleBounds.getWidth() / 2), (float) (centre + inner * 0.68));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void drawAroundCircle(Graphics2D g, Font base, String text, double centre, double radius) {
        FontRenderContext frc = g.getFontRenderContext();
        float fontSize = 34f;
        Font font = base.deriveFont(fontSize);
        double available = 2 * Math.PI * radius * 0.72;
        double textWidth = font.getStringBounds(text, frc).getWidth();
        if (textWidth > available) {
            font = base.deriveFont((float) (fontSize * available / textWidth));
            textWidth = font.getStringBounds(text, frc).getWidth();
        }
        GlyphVector glyphs = font.createGlyphVector(frc, text);
        double ascentHalf = font.getLineMetrics(text, frc).getAscent() / 2.5;
        // Centred on the top of the circle, reading clockwise like a seal's inscription.
        double angle = -Math.PI / 2 - (textWidth / radius) / 2;
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            double advance = glyphs.getGlyphMetrics(i).getAdvance();
            double glyphAngle = angle + (advance / 2) / radius;
            AffineTransform at = new AffineTransform();
            at.translate(centre + Math.cos(glyphAngle) * radius, centre + Math.sin(glyphAngle) * radius);
            at.rotate(glyphAngle + Math.PI / 2);
            at.translate(-advance / 2, ascentHalf);
            java.awt.Shape outline = glyphs.getGlyphOutline(i, 0, 0);
            outline = at.createTransformedShape(AffineTransform.getTranslateInstance(
                            -glyphs.getGlyphPosition(i).getX(), 0)
                    .createTransformedShape(outline));
            g.fill(outline);
            angle += advance / radius;
        }
    }

    private static Path2D star(double cx, double cy, double outerRadius, double innerRadius) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outerRadius : innerRadius;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + Math.cos(a) * r;
            double y = cy + Math.sin(a) * r;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Font fitWidth(Graphics2D g, Font font, String text, float maxWidth) {
        double width = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        return width <= maxWidth ? font : font.deriveFont((float) (font.getSize2D() * maxWidth / width));
    }

    private static Graphics2D prepare(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static Font font(String resource) {
        try (InputStream in = DemoImages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing font " + resource));
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
