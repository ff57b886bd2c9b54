package dev.bootdeck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options the window understands: {@code --demo} (open the demo host), {@code --screenshot FILE.png} (render
 * the main window, write the PNG, exit; {@code --node ID} renders only that node), {@code --project DIR} (open this
 * project folder in the Project tab) and {@code --open PATH} (show this project-relative file there). Any other
 * argument means the command line was meant.
 */
public record GuiOptions(boolean demo, Optional<Path> screenshot, Optional<String> screenshotTab, boolean dark,
                         boolean light, Optional<String> screenshotNode, Optional<Path> project,
                         Optional<String> projectFile) {

    public GuiOptions(boolean demo, Optional<Path> screenshot, Optional<String> screenshotTab, boolean dark,
                      boolean light, Optional<String> screenshotNode) {
        this(demo, screenshot, screenshotTab, dark, light, screenshotNode, Optional.empty(), Optional.empty());
    }

    /** Parses window options, or returns empty when {@code args} are not (only) window options. */
    public static Optional<GuiOptions> parse(List<String> args) {
        boolean demo = false;
        boolean dark = false;
        boolean light = false;
        Path shot = null;
        String tab = null;
        String node = null;
        Path project = null;
        String projectFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--demo" -> demo = true;
                case "--dark" -> dark = true;
                case "--light" -> light = true;
                case "--screenshot" -> {
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    shot = Path.of(args.get(++i));
                }
                case "--node" -> {
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    node = args.get(++i);
                }
                case "--tab" -> {
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    tab = args.get(++i);
                }
                case "--project" -> {
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    project = Path.of(args.get(++i));
                }
                case "--open" -> {
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    projectFile = args.get(++i);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new GuiOptions(demo, Optional.ofNullable(shot), Optional.ofNullable(tab), dark, light,
                Optional.ofNullable(node), Optional.ofNullable(project), Optional.ofNullable(projectFile)));
    }
}
