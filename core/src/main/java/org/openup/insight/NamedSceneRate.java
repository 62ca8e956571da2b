package org.openup.insight;

/**
 * How talks went in one of the couple's own scenes, by the viewer's ratings: how many, how many
 * connected, where the share likely lies, and the same said in plain words.
 */
public record NamedSceneRate(String sceneId, String name, int talks, int connected, double rate, int likelyLowPercent,
                             int likelyHighPercent, boolean tendsNotToWork, String words) {
}
