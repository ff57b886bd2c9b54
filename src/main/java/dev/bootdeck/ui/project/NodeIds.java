package dev.bootdeck.ui.project;

/**
 * Node ids derived from project paths, usable in CSS selectors (and so in TestFX lookups), e.g.
 * {@code editor-quadlet_web_image}.
 */
final class NodeIds {
    private NodeIds() {
    }

    static String of(String prefix, String path) {
        return prefix + "-" + path.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
