package org.openup.boundaries;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries, checked on the compiled classes of every module: the SPI stands on the
 * JDK alone; a plugin knows nothing of OpenUp but the SPI; the core knows no adapter, no plugin
 * and not the host that wires them; the two adapters do not know each other.
 */
class BoundariesTest {

    private static final String[] CORE = {"org.openup", "org.openup.account..", "org.openup.content..", "org.openup.conversation..",
            "org.openup.engine..", "org.openup.export..", "org.openup.spi.failure..", "org.openup.insight..", "org.openup.journey..",
            "org.openup.member..", "org.openup.notification..", "org.openup.privacy..", "org.openup.reflection..", "org.openup.reframer..", "org.openup.safety..",
            "org.openup.scene.."};
    private static final String[] ADAPTERS = {"org.openup.web..", "org.openup.cli.."};
    private static final String[] PLUGINS = {"org.openup.plugin..", "org.openup.calendar..", "org.openup.webhook..", "org.openup.email..",
            "org.openup.example.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importEverything() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.openup");
    }

    @Test
    void everyModuleIsRead() {
        for (String sample : new String[]{"org.openup.CoreModule", "org.openup.web.WebServer", "org.openup.cli.Cli",
                "org.openup.plugin.PluginHost", "org.openup.calendar.CalendarPlugin", "org.openup.webhook.WebhookPlugin",
                "org.openup.email.EmailPlugin", "org.openup.example.inbox.InboxPlugin", "org.openup.spi.OpenUpPlugin"}) {
            assertThat(classes.contain(sample)).as(sample + " imported").isTrue();
        }
    }

    @Test
    void theCoreKnowsNoAdapterAndNoPlugin() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(concat(ADAPTERS, PLUGINS));
        rule.check(classes);
    }

    @Test
    void pluginsKnowNoAdapterAndNoOtherPlugin() {
        noClasses().that().resideInAnyPackage(PLUGINS).should().dependOnClassesThat().resideInAnyPackage(ADAPTERS).check(classes);
        String[] plugins = {"org.openup.calendar..", "org.openup.webhook..", "org.openup.email..", "org.openup.example.."};
        for (String plugin : plugins) {
            String[] others = java.util.Arrays.stream(plugins).filter(p -> !p.equals(plugin)).toArray(String[]::new);
            noClasses().that().resideInAPackage(plugin).should().dependOnClassesThat().resideInAnyPackage(others).check(classes);
        }
    }

    @Test
    void theSpiStandsOnTheJdkAlone() {
        // no Guice, picocli, Jackson or core type in what a plugin sees
        classes().that().resideInAPackage("org.openup.spi..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.openup.spi..", "java..").check(classes);
    }

    @Test
    void aPluginKnowsNothingOfOpenUpButTheSpi() {
        for (String plugin : new String[]{"org.openup.calendar..", "org.openup.webhook..", "org.openup.email..", "org.openup.example.."}) {
            noClasses().that().resideInAPackage(plugin).should().dependOnClassesThat(
                    resideInAPackage("org.openup..").and(not(resideInAnyPackage("org.openup.spi..", plugin)))).check(classes);
        }
    }

    @Test
    void theAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.openup.web..").should().dependOnClassesThat().resideInAPackage("org.openup.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.openup.cli..").should().dependOnClassesThat().resideInAPackage("org.openup.web..")
                .check(classes);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
