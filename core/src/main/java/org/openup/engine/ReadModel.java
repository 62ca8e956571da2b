package org.openup.engine;

import java.util.List;

/**
 * A projection that keeps tables in the store. Its class carries {@code @ProcessingGroup}, which
 * names its processor; {@link #tables()} lets replay clear them and tests compare them.
 */
public interface ReadModel {

    List<String> tables();
}
