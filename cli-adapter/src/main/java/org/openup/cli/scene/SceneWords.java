package org.openup.cli.scene;

import org.openup.content.Content;

import java.util.Iterator;

/**
 * The words of the scene vocabulary, as shell completion offers them for each option (picocli asks
 * these when it writes the completion script). The built-in English content is what the script
 * can know without a store.
 */
abstract class SceneWords implements Iterable<String> {

    private final String part;

    SceneWords(String part) {
        this.part = part;
    }

    @Override
    public Iterator<String> iterator() {
        return Content.builtIn().sceneVocabulary(Content.BASE).getOrDefault(part, java.util.List.of()).iterator();
    }

    static final class Times extends SceneWords {
        Times() {
            super("timeOfDay");
        }
    }

    static final class Places extends SceneWords {
        Places() {
            super("place");
        }
    }

    static final class Movements extends SceneWords {
        Movements() {
            super("movement");
        }
    }

    static final class Music extends SceneWords {
        Music() {
            super("music");
        }
    }

    static final class Food extends SceneWords {
        Food() {
            super("foodAndDrink");
        }
    }
}
