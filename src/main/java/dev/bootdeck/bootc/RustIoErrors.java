package dev.bootdeck.bootc;

/** The text of the Rust {@code io::Error}s bootc prints for file access failures, so findings can quote bootc. */
public final class RustIoErrors {
    private RustIoErrors() {
    }

    public static final String NOT_FOUND = "No such file or directory (os error 2)";
    public static final String PERMISSION_DENIED = "Permission denied (os error 13)";
    public static final String NOT_A_DIRECTORY = "Not a directory (os error 20)";
    public static final String IS_A_DIRECTORY = "Is a directory (os error 21)";
    public static final String TOO_MANY_LINKS = "Too many levels of symbolic links (os error 40)";
    /** What {@code read_to_string} says about a file that is not UTF-8. */
    public static final String INVALID_UTF8 = "stream did not contain valid UTF-8";
}
