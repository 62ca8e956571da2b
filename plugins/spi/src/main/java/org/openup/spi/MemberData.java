package org.openup.spi;

/**
 * Something that keeps data about a member outside the events (a plugin's table of webhook
 * addresses or calendar feeds, say). Forgetting the member asks each one to erase theirs;
 * features and plugins contribute theirs through a Guice multibinder.
 */
public interface MemberData {

    /** Deletes everything kept about {@code memberId}; running it twice is harmless. */
    void erase(String memberId);
}
