"""Headless Chromium from the system's packages, driven by Selenium through the packaged chromedriver.

Nothing is downloaded: the driver's path is given (no Selenium Manager lookup), and Chromium is started
with every background network feature off, each time with a new empty profile. Pages are behind Basic
auth: the header is set for every request through the DevTools protocol.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Debian's paths; OVBP_CHROMIUM / OVBP_CHROMEDRIVER point elsewhere (another system's packages)
CHROMIUM = os.environ.get("OVBP_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("OVBP_CHROMEDRIVER", "/usr/bin/chromedriver")
INSTALL_HINT = "apt-get install chromium chromium-driver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if shutil.which(path) is None]
    if missing:
        return f"{' and '.join(missing)} not found: the browser tests need Chromium ({INSTALL_HINT})"
    return None


@contextmanager
def chromium(login: str, password: str) -> Iterator[webdriver.Chrome]:
    """A headless Chromium sending ``login``/``password`` as Basic auth with every request."""
    profile = tempfile.mkdtemp(prefix="ovbp-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        token = base64.b64encode(f"{login}:{password}".encode()).decode()
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.setExtraHTTPHeaders", {"headers": {"Authorization": f"Basic {token}"}}
        )
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_plot(driver: webdriver.Chrome, timeout: float = 30) -> None:
    """Until plotly.js has drawn the page's plot (dashboard.js marks it)."""
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.getElementById('plot')?.dataset.ready === 'true'")
    )


def screenshot(driver: webdriver.Chrome, path: Path, width: int = 1400) -> Path:
    """The whole page as a PNG: the viewport made as tall as the content, so nothing scrolls or is cut."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    metrics = {"width": width, "height": max(height, 600), "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    return path
