package io.tandem.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every in-container test shares: the real tandem.war as Maven built it,
 * plus the test classes that run inside it. Browser tests (package io.tandem.browser) run as
 * clients, and this harness (io.tandem.testing) runs in the test JVM: both stay out of the archive.
 */
public final class TandemDeployment {

    private static final ArchivePath WEB_XML = ArchivePaths.create("WEB-INF/web.xml");

    /**
     * Arquillian's runner servlet must answer without a sign-in, as the login page does, and so must
     * the shared fixtures, whose answer names the users tests sign in as.
     */
    private static final String PUBLIC_TEST_RUNNER = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/test-support/fixtures</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-app>""";

    private TandemDeployment() {
    }

    @Deployment
    public static WebArchive create() {
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "tandem.war")
                .importFrom(new File(System.getProperty("tandem.war", "target/tandem.war")))
                .as(WebArchive.class);
        archive.setWebXML(new StringAsset(webXml(archive).replace("</web-app>", PUBLIC_TEST_RUNNER)));
        Path testClasses = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> testClasses.relativize(file).toString())
                    .filter(name -> !name.startsWith("io/tandem/browser/") && !name.startsWith("io/tandem/testing/"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .forEach(className -> archive.addClass(className));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    private static String webXml(WebArchive archive) {
        try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
