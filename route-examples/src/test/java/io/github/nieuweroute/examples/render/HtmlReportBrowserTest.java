package io.github.nieuweroute.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the HTML report of every seed case in a real browser: Debian's {@code chromium} driven by its
 * {@code chromedriver} through Selenium. {@code .ci/run} installs both; where they are missing the test says so and
 * is skipped. Screenshots land in {@code target/screenshots/}.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path PAGES = Path.of("target", "html-reports");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: install Debian's chromium and chromium-driver (.ci/run does) to run the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1100,1600",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(PAGES);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void every_seed_case_report_opens_with_its_route_findings_and_map_and_no_errors_or_requests() throws IOException {
        for (SeedCase seed : SeedCases.all()) {
            for (Language language : Language.values()) {
                Report report = RuleSet.standard().check(seed.situation());
                String name = seed.key() + "." + (language == Language.DUTCH ? "nl" : "en");
                Path page = PAGES.resolve(name + ".html").toAbsolutePath();
                Files.writeString(page, HtmlReport.render(seed.situation(), report, language, true));
                browser.manage().logs().get(LogType.PERFORMANCE); // drop what came before
                String url = page.toUri().toString();

                browser.get(url);

                WebElement route = browser.findElement(By.id("route"));
                assertThat(route.getText()).as(name).contains(
                        io.github.nieuweroute.rule.Phrases.route(report.route(), language));
                List<WebElement> findings = browser.findElements(By.cssSelector("li.finding"));
                assertThat(findings).as(name).hasSize(report.violations().size() + report.exemptions().size());
                assertThat(findings).allSatisfy(f -> assertThat(f.isDisplayed()).isTrue());
                WebElement map = browser.findElement(By.cssSelector("figure.map svg"));
                assertThat(map.getSize().getWidth()).as(name).isGreaterThan(200);
                assertThat(browser.findElement(By.cssSelector("figure.map figcaption")).getText()).isNotBlank();
                List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
                assertThat(console).as(name + " console").noneMatch(e -> e.getLevel().intValue()
                        >= Level.WARNING.intValue());
                // the requests the page made (the browser's own pages, chrome://, are not the page's)
                List<String> requests = browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                        .map(LogEntry::getMessage).filter(m -> m.contains("\"Network.requestWillBeSent\"")
                                && m.contains("\"documentURL\":\"" + url + "\""))
                        .map(m -> m.replaceAll(".*?\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1")).toList();
                assertThat(requests).as(name + " requests").isNotEmpty().allSatisfy(r -> assertThat(r)
                        .matches("file:.*|data:.*"));
                File shot = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
