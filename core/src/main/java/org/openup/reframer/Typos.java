package org.openup.reframer;

import java.util.Map;

import static java.util.Map.entry;

/**
 * Slips people make when typing these questions fast, often on a phone. The table is small on
 * purpose: a slip missing here only costs a more general answer, never a wrong one.
 */
final class Typos {

    private static final Map<String, String> FIXES = Map.ofEntries(
            entry("hw", "how"), entry("hwo", "how"), entry("hiw", "how"), entry("hpw", "how"),
            entry("waht", "what"), entry("whta", "what"), entry("wat", "what"), entry("whats", "what's"),
            entry("y", "why"), entry("wy", "why"), entry("whyy", "why"),
            entry("opne", "open"), entry("oepn", "open"), entry("opn", "open"), entry("poen", "open"),
            entry("tlak", "talk"), entry("tlk", "talk"), entry("talkk", "talk"), entry("tak", "talk"),
            entry("convice", "convince"), entry("convnce", "convince"), entry("conivnce", "convince"),
            entry("convinse", "convince"), entry("persaude", "persuade"), entry("pursuade", "persuade"),
            entry("perusade", "persuade"), entry("froce", "force"), entry("mkae", "make"), entry("amke", "make"),
            entry("gte", "get"), entry("teh", "the"), entry("taht", "that"), entry("shre", "share"),
            entry("sahre", "share"), entry("tel", "tell"), entry("lsiten", "listen"), entry("lisen", "listen"),
            entry("trsut", "trust"), entry("tust", "trust"), entry("comunicate", "communicate"),
            entry("communciate", "communicate"), entry("comminicate", "communicate"),
            entry("vulnerble", "vulnerable"), entry("vulnerabel", "vulnerable"), entry("vulnrable", "vulnerable"),
            entry("vunerable", "vulnerable"), entry("feelins", "feelings"), entry("feelngs", "feelings"),
            entry("fellings", "feelings"), entry("boyfirend", "boyfriend"), entry("bofriend", "boyfriend"),
            entry("girlfirend", "girlfriend"), entry("grilfriend", "girlfriend"), entry("husbnad", "husband"),
            entry("hubsand", "husband"), entry("wfie", "wife"), entry("parnter", "partner"),
            entry("partenr", "partner"), entry("patner", "partner"), entry("parter", "partner"),
            entry("thru", "through"), entry("becuase", "because"), entry("beacuse", "because"),
            entry("bc", "because"), entry("pls", "please"), entry("plz", "please"),
            entry("u", "you"), entry("ur", "your"), entry("r", "are"),
            entry("dont", "don't"), entry("doesnt", "doesn't"), entry("wont", "won't"), entry("cant", "can't"),
            entry("didnt", "didn't"), entry("isnt", "isn't"), entry("arent", "aren't"),
            entry("wouldnt", "wouldn't"), entry("couldnt", "couldn't"), entry("hasnt", "hasn't"),
            entry("havent", "haven't"), entry("wasnt", "wasn't"), entry("shouldnt", "shouldn't"),
            entry("im", "i'm"), entry("ive", "i've"), entry("hes", "he's"), entry("shes", "she's"),
            entry("theyre", "they're"));

    private Typos() {
    }

    /** The word meant, for a lowercase word as typed. */
    static String fix(String word) {
        return FIXES.getOrDefault(word, word);
    }
}
