# Browser tests (console/ConsoleBrowserTest): Selenium drives Debian's headless Chromium through Debian's
# chromedriver (/usr/bin/chromedriver; Selenium Manager never downloads a driver). Without them the browser tests
# are skipped with a message saying so; the console's HTTP tests run either way.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi
# A Chinese font, so that the screenshots the tests save under target/screenshots/ show the pages' text, not boxes
if [ -z "$(fc-list :lang=zh 2>/dev/null || true)" ]; then
  apt_install fonts-wqy-microhei
fi
