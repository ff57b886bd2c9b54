package dev.bootdeck.ui.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a scene shows to a PNG file: the screenshot path the README's images are made with. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void writePng(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    /** Writes one node at its full size (a whole scrolled page, say), with the scene's styles. */
    public static void writePng(Node node, Path file) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        // paint what the window paints behind the node: the theme's background, not transparency
        javafx.scene.paint.Paint fill = javafx.scene.paint.Color.WHITE;
        if (node.getScene() != null && node.getScene().getRoot() instanceof javafx.scene.layout.Region r
                && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            fill = r.getBackground().getFills().get(0).getFill();
        }
        p.setFill(fill);
        write(node.snapshot(p, null), file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("No PNG writer available for " + file);
        }
    }
}
