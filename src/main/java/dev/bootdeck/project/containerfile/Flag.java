package dev.bootdeck.project.containerfile;

/**
 * One builder flag of an instruction, such as {@code --from=build} or {@code --link}.
 *
 * @param name  the name without dashes ({@code from})
 * @param value the value after {@code =}, or null for a bare flag
 * @param start logical index of the first dash in the instruction text
 * @param end   logical index just past the flag
 */
public record Flag(String name, String value, int start, int end) {
}
