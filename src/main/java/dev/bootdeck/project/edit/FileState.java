package dev.bootdeck.project.edit;

import java.util.Arrays;

/** What is at a project path: nothing, a regular file with these bytes, or a symlink with this target. */
public sealed interface FileState {
    /** Nothing there. */
    record Absent() implements FileState {
    }

    /** A regular file. */
    record Regular(byte[] bytes) implements FileState {
        public Regular {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Regular r && Arrays.equals(bytes, r.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Regular[" + bytes.length + " bytes]";
        }
    }

    /** A symbolic link. */
    record Symlink(String target) implements FileState {
    }

    static FileState absent() {
        return new Absent();
    }
}
