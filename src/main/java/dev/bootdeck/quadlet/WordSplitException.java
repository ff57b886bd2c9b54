package dev.bootdeck.quadlet;

/**
 * A value the exec-style word splitter rejects, with the splitter's own words ("unsupported escape char",
 * "unbalanced quotes", "unbalanced escape").
 */
public final class WordSplitException extends Exception {
    private static final long serialVersionUID = 1L;

    public WordSplitException(String message) {
        super(message);
    }
}
