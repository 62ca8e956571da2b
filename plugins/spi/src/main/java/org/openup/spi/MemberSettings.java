package org.openup.spi;

import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;

import java.util.List;

/**
 * What a plugin offers each member on the web app's Settings page, as one panel: switches, the
 * things the member has made there (a feed, an endpoint) with a way to remove each, and actions
 * (make one, send a test), each taking at most one value. The app draws whatever a plugin lists and
 * knows no plugin by name; the API serves it at {@code /api/v1/settings}. A plugin contributes its
 * panel (one per plugin) and implements only what it needs.
 */
public interface MemberSettings {

    /** One switch: its stable key, what the page labels it, a sentence more (or null), and where it stands. */
    record Switch(String key, String label, String hint, boolean on) {
    }

    /** Something the member has in this panel: its id, what it is, and a sentence more. */
    record Item(String id, String label, String detail) {
    }

    /** Something the member can do here; {@code fieldLabel} names the one value it takes, or is null when it takes none. */
    record Action(String key, String label, String fieldLabel) {
    }

    /** What an action did, in a sentence, and a value to copy that is shown this once (a secret address), or null. */
    record Done(String message, String secret) {
    }

    /** The panel's heading. */
    String title();

    /**
     * What the panel is for, as the member reads it (say, where the mail goes). When the plugin
     * cannot serve this member (not set up here, or no address to reach them), say so here and
     * list nothing.
     */
    String description(String memberId);

    /** The member's switches as they stand. */
    default List<Switch> switches(String memberId) {
        return List.of();
    }

    /** Turns one of the member's switches on or off; an unknown key is refused with InvalidInputException. */
    default void set(String memberId, String key, boolean on) {
        throw new InvalidInputException("key", "There is no setting called " + key + " here.");
    }

    /** What the member has made here, in the order to show. */
    default List<Item> items(String memberId) {
        return List.of();
    }

    /** Removes one of the member's items; one that is not theirs does not exist for them. */
    default void remove(String memberId, String itemId) {
        throw new NotFoundException("There is nothing here to remove called " + itemId + ".");
    }

    /** What the member can do here now. */
    default List<Action> actions(String memberId) {
        return List.of();
    }

    /** Does one of the actions, with its value (null when it takes none). */
    default Done act(String memberId, String key, String value) {
        throw new InvalidInputException("key", "There is nothing to do called " + key + " here.");
    }
}
