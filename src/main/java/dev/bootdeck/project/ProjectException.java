package dev.bootdeck.project;

/** A project that cannot be opened or changed: the message is for the user, the cause for the log. */
public final class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
