package org.openup.plugin;

import java.util.List;

/**
 * Settings a plugin offers each member, shown by the web app's Settings page as one panel of
 * switches per plugin (and asked for by the API at {@code /api/v1/settings}). The app knows no
 * plugin by name: a plugin contributes its panel with {@link PluginModule#memberSettings()}.
 */
public interface MemberSettings {

    /** One switch: its stable key, what the page labels it, a sentence more, and where it stands. */
    record Switch(String key, String label, String hint, boolean on) {
    }

    /** The panel's heading. */
    String title();

    /**
     * What the panel is for, as the member reads it (say, where the mail goes). When the plugin
     * cannot serve this member (not set up here, or no address to reach them), say so here and
     * return no switches.
     */
    String description(String memberId);

    /** The member's switches as they stand. */
    List<Switch> switches(String memberId);

    /** Turns one of the member's switches on or off; an unknown key is refused with InvalidInputException. */
    void set(String memberId, String key, boolean on);
}
