package dev.bootdeck.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options the window understands: {@code --demo} (open the demo host), {@code --screenshot FILE.png} (render
 * the main window, write the PNG, exit; {@code --node ID} renders only that node), {@code --project DIR} (open this
 * project folder in the Project tab) and {@code --open PATH} (show this project-relative file there);
 * {@code --tab NAME}, {@code --dark} and {@code --light} pick the tab and theme for this run. Any other argument
 * means the command line was meant.
 */
public record GuiOptions(boolean demo, Optional<Path> screenshot, Optional<String> screenshotTab, boolean dark,
                         boolean light, Optional<String> screenshotNode, Optional<Path> project,
                         Optional<String> projectFile) {
    private static final Set<String> FLAGS = Set.of("--demo", "--dark", "--light");
    private static final Set<String> WITH_VALUE = Set.of("--screenshot", "--node", "--tab", "--project", "--open");

    /** Parses window options, or returns empty when {@code args} are not (only) window options. */
    public static Optional<GuiOptions> parse(List<String> args) {
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (FLAGS.contains(a)) {
                flags.add(a);
            } else if (WITH_VALUE.contains(a) && i + 1 < args.size()) {
                values.put(a, args.get(++i));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new GuiOptions(flags.contains("--demo"), path(values.get("--screenshot")),
                Optional.ofNullable(values.get("--tab")), flags.contains("--dark"), flags.contains("--light"),
                Optional.ofNullable(values.get("--node")), path(values.get("--project")),
                Optional.ofNullable(values.get("--open"))));
    }

    private static Optional<Path> path(String value) {
        return Optional.ofNullable(value).map(Path::of);
    }
}
