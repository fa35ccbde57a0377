package org.milex.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.milex.internal.AtomicFiles;

/**
 * A chart made by {@link Charts}, ready to be written as PNG or SVG or shown as an image in a notebook.
 * Immutable: {@link #withTitle(String)} and {@link #withSize(int, int)} return a new chart. Rendering works
 * headless ({@code -Djava.awt.headless=true}).
 *
 * <pre>{@code
 * Chart c = Charts.shareOverTime(List.of(poland, germany), Guideline.twoPercentOfGdp());
 * c.toPng(Path.of("target/shares.png"));
 * c.withSize(1200, 700).toSvg(Path.of("target/shares.svg"));
 * c.toImage();   // a BufferedImage: the last expression of a Jupyter cell shows it inline
 * }</pre>
 */
public final class Chart {
    /** Builds the XChart chart for a title and a size; called afresh for every rendering. */
    @FunctionalInterface
    interface Renderer {
        org.knowm.xchart.internal.chartpart.Chart<?, ?> render(String title, int width, int height);
    }

    private final String title;
    private final String description;
    private final int width;
    private final int height;
    private final Renderer renderer;

    Chart(String title, String description, int width, int height, Renderer renderer) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("a chart is at least 100 x 100 pixels, not " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /**
     * What the chart shows in words, e.g. {@code "Poland, Germany; dashed line: 2% of GDP on defence (≥ 2.00%)"};
     * SVG files carry it as their {@code <desc>}.
     */
    public String description() {
        return description;
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /** This chart with another title. */
    public Chart withTitle(String newTitle) {
        return new Chart(newTitle, description, width, height, renderer);
    }

    /**
     * This chart at another size.
     *
     * @throws IllegalArgumentException if either side is below 100 pixels
     */
    public Chart withSize(int newWidth, int newHeight) {
        return new Chart(title, description, newWidth, newHeight, renderer);
    }

    /** The chart as an image, e.g. to show inline in a Jupyter notebook. */
    public BufferedImage toImage() {
        return BitmapEncoder.getBufferedImage(render());
    }

    /**
     * Writes the chart as a PNG image, creating missing parent folders; the file is written whole or not at all.
     *
     * @return {@code file}
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public Path toPng(Path file) {
        return write(file, out -> BitmapEncoder.saveBitmap(render(), out, BitmapEncoder.BitmapFormat.PNG));
    }

    /**
     * Writes the chart as an SVG drawing, creating missing parent folders; the file is written whole or not at all. XChart draws letters as shapes,
     * so the drawing also carries the {@linkplain #title() title} and the {@linkplain #description()
     * description} as text, in its {@code <title>} and {@code <desc>} elements (read by screen readers and
     * search).
     *
     * @return {@code file}
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public Path toSvg(Path file) {
        return write(file, out -> {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(render(), svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            out.write(withTitleAndDescription(svg.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        });
    }

    private String withTitleAndDescription(String svg) {
        int start = svg.indexOf("<svg");
        int end = start < 0 ? -1 : svg.indexOf('>', start);
        if (end < 0) {
            throw new IllegalStateException("XChart wrote no <svg> element");
        }
        return svg.substring(0, end + 1) + "\n  <title>" + xml(title) + "</title>\n  <desc>" + xml(description)
                + "</desc>" + svg.substring(end + 1);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private interface Encoder {
        void encode(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Encoder encoder) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(file, encoder::encode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private org.knowm.xchart.internal.chartpart.Chart<?, ?> render() {
        return renderer.render(title, width, height);
    }

    /** {@code "Chart[2% of GDP on defence, 800x500]"}. */
    @Override
    public String toString() {
        return "Chart[" + title + ", " + width + "x" + height + "]";
    }
}
