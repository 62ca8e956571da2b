package org.openup.reframer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question is written in a language the reframer cannot read. It only knows English;
 * reading another language's words as English would lose the person and the topic, so such a
 * question gets an honest general answer instead. Decided by the small words every sentence has.
 */
final class Languages {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Words.EN.set("english");
    /** Everyday small words of the languages people most often mix in; none of them is also common English. */
    private static final Set<String> OTHERS = Words.EN.set("others");

    private Languages() {
    }

    static boolean notEnglish(String text) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int english = 0;
        int others = 0;
        int latin = 0;
        int words = 0;
        while (word.find()) {
            String w = word.group();
            words++;
            if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                latin++;
            }
            if (ENGLISH.contains(w)) {
                english++;
            } else if (OTHERS.contains(w)) {
                others++;
            }
        }
        if (words < 3) {
            return false;
        }
        // a script English is not written in, or small words of another language and almost none of English
        return latin * 2 < words || (others >= 2 && english <= 1 && others > english);
    }
}
