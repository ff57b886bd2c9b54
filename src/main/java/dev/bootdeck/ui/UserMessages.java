package dev.bootdeck.ui;

/** Turns an exception into the sentence a user sees: its message chain, never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        int depth = 0;
        while (t != null && depth++ < 5) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m.strip());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.length() > 0 ? sb.toString() : e.getClass().getSimpleName();
    }
}
