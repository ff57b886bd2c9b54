package dev.bootdeck.project.containerfile;

import java.util.Optional;

/**
 * One build stage, from its {@code FROM} to the next. Only the last stage becomes the image.
 *
 * @param index   position, from 0
 * @param base    the {@code FROM} image or stage reference as written (variables not substituted)
 * @param name    the {@code AS} name in lower case, if any
 * @param from    the {@code FROM} instruction
 */
public record Stage(int index, String base, Optional<String> name, Instruction from) {
}
