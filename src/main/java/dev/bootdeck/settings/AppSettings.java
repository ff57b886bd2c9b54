package dev.bootdeck.settings;

import java.util.List;
import java.util.Objects;

/**
 * The whole of bootdeck's own settings, immutable; change it with the {@code with...} methods and save the result.
 *
 * @param theme                  {@code light} or {@code dark}
 * @param hosts                  hosts in sidebar order
 * @param recentProjects         most recent first, at most {@link #MAX_RECENT_PROJECTS}
 * @param refreshIntervalSeconds automatic refresh of the selected host; 0 = off
 */
public record AppSettings(String theme, List<HostEntry> hosts, List<String> recentProjects, int refreshIntervalSeconds) {
    public static final int MAX_RECENT_PROJECTS = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public AppSettings {
        theme = DARK.equals(theme) ? DARK : LIGHT;
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        recentProjects = List.copyOf(Objects.requireNonNull(recentProjects, "recentProjects"));
        if (refreshIntervalSeconds < 0) {
            refreshIntervalSeconds = 0;
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(LIGHT, List.of(), List.of(), 0);
    }

    public boolean darkTheme() {
        return DARK.equals(theme);
    }

    public AppSettings withTheme(String newTheme) {
        return new AppSettings(newTheme, hosts, recentProjects, refreshIntervalSeconds);
    }

    public AppSettings withHosts(List<HostEntry> newHosts) {
        return new AppSettings(theme, newHosts, recentProjects, refreshIntervalSeconds);
    }

    public AppSettings withRefreshInterval(int seconds) {
        return new AppSettings(theme, hosts, recentProjects, seconds);
    }

    /** Puts {@code project} first in the recent list, dropping an older copy and the oldest beyond the limit. */
    public AppSettings withRecentProject(String project) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        list.add(project);
        for (String p : recentProjects) {
            if (!p.equals(project) && list.size() < MAX_RECENT_PROJECTS) {
                list.add(p);
            }
        }
        return new AppSettings(theme, hosts, list, refreshIntervalSeconds);
    }
}
