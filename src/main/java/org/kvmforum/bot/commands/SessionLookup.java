package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.search.SessionHit;

/**
 * Resolves what a user put in a session option: the stable id autocomplete gives, or free text, which is
 * searched. Free text yields the best match and the next close ones, or, when nothing matches well, the
 * closest candidates to offer instead.
 */
record SessionLookup(Session best, List<Session> closeMatches, List<Session> suggestions, boolean byId) {
    private static final int CLOSE_MATCHES = 3;

    /** @param scope the event to look in, or every event */
    static SessionLookup resolve(Library library, String value, EventScope scope) {
        String text = value == null ? "" : value.strip();
        Optional<Session> exact = library.model().session(text).filter(scope::includes);
        if (exact.isPresent()) {
            return new SessionLookup(exact.get(), List.of(), List.of(), true);
        }
        List<SessionHit> hits = search(library, text, CLOSE_MATCHES + 1, scope);
        if (hits.isEmpty()) {
            return new SessionLookup(null, List.of(), List.of(), false);
        }
        if (!hits.get(0).strong()) {
            List<Session> weak = new ArrayList<>();
            hits.forEach(hit -> weak.add(hit.session()));
            return new SessionLookup(null, List.of(), weak, false);
        }
        List<Session> close = new ArrayList<>();
        for (SessionHit hit : hits.subList(1, hits.size())) {
            if (hit.strong()) {
                close.add(hit.session());
            }
        }
        return new SessionLookup(hits.get(0).session(), close, List.of(), false);
    }

    /**
     * The best {@code limit} hits within the scope. The index ranks every event's sessions together, so with an
     * event given it is asked for all of them and the others are dropped after ranking.
     */
    static List<SessionHit> search(Library library, String text, int limit, EventScope scope) {
        if (scope.event() == null) {
            return library.sessions().search(text, limit);
        }
        List<SessionHit> kept = new ArrayList<>();
        for (SessionHit hit : library.sessions().search(text, library.model().sessions().size())) {
            if (scope.includes(hit.session()) && kept.size() < limit) {
                kept.add(hit);
            }
        }
        return kept;
    }

    boolean found() {
        return best != null;
    }
}
