package org.openup.conversation;

/** How a talk felt to one member. */
public enum Outcome { CONNECTED, NEUTRAL, OFF_THE_RAILS }
