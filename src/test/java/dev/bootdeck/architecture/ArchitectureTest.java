package dev.bootdeck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering rules of style.md, enforced on the main code (tests may cross layers). */
@AnalyzeClasses(packages = "dev.bootdeck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("dev.bootdeck.ui..", "dev.bootdeck.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.fxmisc..",
                    "org.kordamp.ikonli..")
            .because("the core and the CLI must run without a toolkit");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("dev.bootdeck.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.bootdeck.bootc..", "dev.bootdeck.quadlet..", "dev.bootdeck.project..", "dev.bootdeck.ssh..",
                    "dev.bootdeck.remote..", "dev.bootdeck.cli..", "dev.bootdeck.ui..", "dev.bootdeck.app..",
                    "dev.bootdeck.settings..");

    @ArchTest
    static final ArchRule modelUsesJavaOnly = noClasses()
            .that().resideInAPackage("dev.bootdeck.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.bootdeck.model..")
            .because("model holds plain immutable records every layer shares");

    @ArchTest
    static final ArchRule quadletAndProjectNeverTouchSsh = noClasses()
            .that().resideInAnyPackage("dev.bootdeck.quadlet..", "dev.bootdeck.project..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bootdeck.ssh..", "dev.bootdeck.remote..",
                    "com.jcraft..");

    @ArchTest
    static final ArchRule cliDoesNotImportGui = noClasses()
            .that().resideInAPackage("dev.bootdeck.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bootdeck.ui..", "dev.bootdeck.app..");

    @ArchTest
    static final ArchRule guiDoesNotImportCli = noClasses()
            .that().resideInAPackage("dev.bootdeck.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bootdeck.cli..", "dev.bootdeck.app..");

    @ArchTest
    static final ArchRule coreDoesNotImportFrontEnds = noClasses()
            .that().resideInAnyPackage("dev.bootdeck.model..", "dev.bootdeck.bootc..", "dev.bootdeck.quadlet..",
                    "dev.bootdeck.project..", "dev.bootdeck.ssh..", "dev.bootdeck.remote..", "dev.bootdeck.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.bootdeck.cli..", "dev.bootdeck.ui..",
                    "dev.bootdeck.app..");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses()
            .that().resideOutsideOfPackage("dev.bootdeck.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line writes to stdout/stderr; everything else logs");

    @ArchTest
    static final ArchRule oneLoggingApi = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
