package org.openup.reframer;

import java.util.Map;


/**
 * Slips people make when typing these questions fast, often on a phone. The table is small on
 * purpose: a slip missing here only costs a more general answer, never a wrong one.
 */
final class Typos {

    private static final Map<String, String> FIXES = Words.EN.map("typos");

    private Typos() {
    }

    /** The word meant, for a lowercase word as typed. */
    static String fix(String word) {
        return FIXES.getOrDefault(word, word);
    }
}
