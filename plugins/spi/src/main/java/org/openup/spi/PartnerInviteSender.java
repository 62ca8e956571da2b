package org.openup.spi;

/**
 * A way to send the partner their one-time join link (by email, say), offered on the web app's
 * home page beside the code. The sender makes a fresh code itself, so the link in the message is
 * always one OpenUp made; a plugin contributes one (one per plugin).
 */
public interface PartnerInviteSender {

    /** What the page's button says, e.g. "Email it to them". */
    String label();

    /** What the page calls the one field, e.g. "Their email address". */
    String fieldLabel();

    /** Whether it can send here now (a mail plugin without a mail server cannot). */
    boolean available();

    /**
     * Makes a new code for the journey and sends its link to {@code address}, or refuses
     * (InvalidInputException for the address, RefusedException with a reason people can act on).
     */
    void send(String askerId, String journeyId, String address) throws Exception;
}
