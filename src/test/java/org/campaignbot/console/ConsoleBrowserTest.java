package org.campaignbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.Status;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console as the office uses it: in a real browser (headless Chromium from Debian, driven by Selenium through
 * Debian's chromedriver), clicking and typing. Each step saves a screenshot of its page under
 * {@code target/screenshots/} for review. Skipped, saying why, only when no Chromium or chromedriver is installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest extends ConsoleTestBase {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WebDriver browser;
    private static Path profile;
    /** Why the browser tests are skipped; null when a browser was found. */
    private static String missing;

    @Autowired
    QuestionRepository questions;

    @BeforeAll
    static void startBrowser() throws IOException {
        String binary = BROWSERS.stream().filter(b -> Files.isExecutable(Path.of(b))).findFirst().orElse(null);
        if (binary == null || !Files.isExecutable(Path.of(DRIVER))) {
            missing = "浏览器测试已跳过：没有找到 Chromium（" + String.join("、", BROWSERS) + "）或 chromedriver（" + DRIVER
                    + "）。Debian/Ubuntu 上安装：apt-get install chromium chromium-driver";
            System.out.println("[WARNING] " + missing); // in the build's output, not only in the test report
            return;
        }
        profile = Files.createTempDirectory("console-chromium-");
        var options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900",
                "--lang=zh-CN");
        // Debian's chromedriver, named explicitly: Selenium Manager must not look for (or download) another one
        System.setProperty("webdriver.chrome.driver", DRIVER);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void desktopWindow() {
        Assumptions.assumeTrue(missing == null, missing); // each test reported as skipped, with the reason
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    @Order(1)
    void logInAndSeeARedTask() throws Exception {
        browser.manage().deleteAllCookies();
        open("/admin/ledger");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login"); // sent to log in first
        screenshot("01-login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong-password");
        browser.findElement(By.cssSelector("#login-form button")).click();
        assertThat(text(By.id("login-error"))).contains("用户名或密码错误");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        // the click returns before the browser has left the error page: wait for the page it is sent back to
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/ledger"));
        assertThat(browser.getCurrentUrl()).contains("/admin/ledger"); // back where the office wanted to go
        WebElement red = browser.findElement(By.cssSelector("#ledger tr[data-task='1']"));
        assertThat(red.getAttribute("data-status")).isEqualTo("RED");
        assertThat(red.findElement(By.cssSelector(".light")).getText()).isEqualTo("逾期");
        screenshot("02-ledger");

        open("/admin");
        assertThat(text(By.id("card-ledger"))).contains("逾期 2");
        screenshot("03-overview");
    }

    @Test
    @Order(2)
    void confirmACloseRequestAndSeeTheLightChange() throws Exception {
        logIn();
        ledger.requestClose(1, "李明", "wecom", "LiMing");
        open("/admin/ledger?status=REQUESTED");
        browser.findElement(By.linkText("任务1")).click();
        assertThat(text(By.id("task-light"))).isEqualTo("逾期");
        assertThat(text(By.id("close-request"))).contains("李明", "申请办结");
        screenshot("04-task-close-request");
        browser.findElement(By.id("confirm-close")).click();
        assertThat(text(By.id("flash-ok"))).contains("已确认任务1办结");
        assertThat(text(By.id("task-light"))).isEqualTo("办结");
        screenshot("05-task-closed");
        open("/admin/ledger");
        assertThat(browser.findElement(By.cssSelector("#ledger tr[data-task='1']")).getAttribute("data-status")).isEqualTo("DONE");
    }

    @Test
    @Order(3)
    void rejectACloseRequestAndFindTheRequestersNoticeInTheOutbox() throws Exception {
        logIn();
        ledger.requestClose(2, "李明", "wecom", "LiMing");
        open("/admin/ledger/2");
        browser.findElement(By.id("reason")).sendKeys("推进会纪要未上传，请补充后再申请");
        screenshot("06-task-reject");
        browser.findElement(By.id("reject-close")).click();
        assertThat(text(By.id("flash-ok"))).contains("已驳回 李明 的办结申请");
        open("/admin/outbox");
        WebElement outbox = browser.findElement(By.id("outbox"));
        assertThat(outbox.getText()).contains("LiMing", "办结申请未通过", "推进会纪要未上传，请补充后再申请");
        screenshot("07-outbox");
    }

    @Test
    @Order(4)
    void approveADraftAndPlayItThroughTheChat() throws Exception {
        logIn();
        jdbc.sql("UPDATE quiz_question SET status = 'REJECTED' WHERE status = 'APPROVED'").update(); // only ours is played
        open("/admin/quiz");
        WebElement first = browser.findElements(By.cssSelector(".question")).get(0);
        long id = Long.parseLong(first.getAttribute("id").substring("question-".length()));
        String stem = questions.find(id).orElseThrow().stem();
        assertThat(first.findElement(By.cssSelector(".source")).getText()).contains("原文：", "出处：《");
        screenshot("08-quiz-review");
        first.findElement(By.cssSelector("button[value='approve:" + id + "']")).click();
        assertThat(text(By.id("flash-ok"))).contains("审核通过 1 道题");
        assertThat(questions.find(id).orElseThrow().status()).isEqualTo(Status.APPROVED);

        String reply = chat("player-" + UUID.randomUUID(), "答题");
        assertThat(reply).contains(stem);
    }

    @Test
    @Order(5)
    void uploadADocxAndFindItsTextInTheTestSearch() throws Exception {
        logIn();
        Path docx = Files.createTempDirectory("upload-").resolve("乡村振兴工作要点.docx");
        Files.write(docx, TestDocx.of("2027年乡村振兴工作要点",
                "乡村振兴重点任务由市农业农村局牵头，2027年6月底前完成高标准农田建设十万亩。"));
        open("/admin/knowledge");
        browser.findElement(By.id("upload-file")).sendKeys(docx.toAbsolutePath().toString());
        browser.findElement(By.id("upload-button")).click();
        assertThat(text(By.id("flash-ok"))).contains("已上传“乡村振兴工作要点.docx”");
        assertThat(text(By.id("documents"))).contains("乡村振兴工作要点.docx", "2027年乡村振兴工作要点");
        WebElement q = browser.findElement(By.cssSelector("#test-search input[name=q]"));
        q.sendKeys("高标准农田建设什么时候完成");
        q.submit();
        assertThat(text(By.id("test-reply"))).contains("2027年6月底前完成高标准农田建设十万亩");
        assertThat(browser.findElement(By.cssSelector(".passage[data-rank='1']")).getText()).contains("《2027年乡村振兴工作要点》", "得分");
        screenshot("09-knowledge-search");
    }

    @Test
    @Order(6)
    void askThroughTheChatAndFindTheQuestionInTheLog() throws Exception {
        String user = "cadre-" + UUID.randomUUID().toString().substring(0, 8);
        chat(user, "抓执行促落实有哪些要求？");
        logIn();
        open("/admin/qa");
        WebElement who = browser.findElement(By.cssSelector("#qa-filters input[name=user]"));
        who.sendKeys(user);
        who.submit();
        WebElement log = browser.findElement(By.id("qa"));
        assertThat(log.getText()).contains("抓执行促落实有哪些要求？", user, "本机网页", "原文摘录");
        screenshot("10-qa-log");
    }

    @Test
    @Order(7)
    void findAnOffTopicQuestionUnderUnanswered() throws Exception {
        String user = "cadre-" + UUID.randomUUID().toString().substring(0, 8);
        chat(user, "机关食堂的菜谱在哪里看");
        chat(user + "-2", "食堂菜谱在哪里看？");
        logIn();
        open("/admin/unanswered");
        WebElement table = browser.findElement(By.id("unanswered"));
        assertThat(table.getText()).contains("机关食堂的菜谱在哪里看", "食堂菜谱在哪里看？");
        WebElement group = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("机关食堂的菜谱在哪里看")).findFirst().orElseThrow();
        assertThat(group.getText()).contains("食堂菜谱在哪里看？"); // both wordings in one group
        screenshot("11-unanswered");
    }

    @Test
    @Order(8)
    void theOtherPagesForReviewAndOnAPhone() throws Exception {
        logIn();
        open("/admin/ledger/bulletin");
        assertThat(text(By.id("bulletin"))).contains("督办通报");
        screenshot("12-bulletin");
        open("/admin/quiz/leaderboard");
        screenshot("13-leaderboard");
        open("/admin/actions");
        assertThat(text(By.id("actions"))).contains("确认办结", "驳回办结", "审核通过", "上传文档", "登录");
        screenshot("14-actions");
        open("/admin");
        screenshot("15-overview-after");

        browser.manage().window().setSize(new Dimension(390, 844)); // a phone
        open("/admin/ledger");
        assertThat(browser.findElement(By.cssSelector("#ledger tr[data-task='2']")).isDisplayed()).isTrue();
        screenshot("16-phone-ledger");
        open("/admin/ledger/2");
        screenshot("17-phone-task");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void logIn() {
        open("/admin");
        if (!browser.getCurrentUrl().contains("/admin/login")) {
            return; // still signed in from an earlier step
        }
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/login")));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private String text(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** A question through the local chat API, as the chat page sends it; returns the reply text. */
    private String chat(String user, String text) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("userId", user, "userName", "", "text", text));
        var response = TestHttp.to(port).postJson("/api/chat", body);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("reply").asString();
    }
}
