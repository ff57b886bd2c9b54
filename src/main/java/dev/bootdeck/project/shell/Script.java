package dev.bootdeck.project.shell;

import java.util.List;

/**
 * A list of commands and the operators between them. {@code a && b | c; d} is four items whose operators are
 * {@code &&}, {@code |}, {@code ;} and {@code ""}; a newline separator is {@code "\n"}.
 */
public record Script(List<Item> items) {

    /**
     * One command and the operator that follows it.
     *
     * @param node    the command
     * @param op      {@code && || ; & | \n}, or {@code ""} after the last command
     * @param opStart index of the operator in the script, or -1 when there is none
     * @param opEnd   index just past the operator, or -1
     */
    public record Item(ShellNode node, String op, int opStart, int opEnd) {
    }
}
