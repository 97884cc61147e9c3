package app.gleaner.library.web;

import app.gleaner.auth.Sessions;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The library session of the current request, set by {@link PageGuard} before any page resource runs. Request
 * scoped: one instance per request, never shared between threads.
 */
@RequestScoped
public class CurrentSession {

    private final Sessions sessions;
    private Sessions.Session session;

    CurrentSession(Sessions sessions) {
        this.sessions = sessions;
    }

    void set(Sessions.Session session) {
        this.session = session;
    }

    public Optional<Sessions.Session> get() {
        return Optional.ofNullable(session);
    }

    /** The CSRF token forms on this page must carry; empty when signed out. */
    public String csrf() {
        return session == null ? "" : sessions.csrfToken(session);
    }

    /** Refuses a state-changing request whose form did not come from a page of this session: 403. */
    public void requireCsrf(String submitted) {
        if (session == null || !sessions.csrfMatches(session, submitted)) {
            throw new PageException(403, "This form has expired or did not come from your library. "
                    + "Go back, reload the page and try again.");
        }
    }
}
