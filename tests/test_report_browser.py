"""The HTML report in a real browser: clicking a fact scrolls to its span and flashes it.

Headless Chromium is driven over the Chrome DevTools Protocol with a small
WebSocket client written here on the standard library, so the test needs no
package beyond the test dependencies, only the ``chromium`` binary (Debian's
``chromium`` package). Without it the tests are skipped, saying so.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cli.report import build_report
from extractors.model import Amount, Entity, Quote, Release, Statistic

CHROMIUM = (
    os.environ.get("PRESSFACTS_CHROMIUM")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1000,700",
    "--remote-debugging-port=0",
]
START_TIMEOUT = 30.0  # seconds for the browser to open its DevTools port
CALL_TIMEOUT = 15.0  # seconds for one protocol call

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium); browser test skipped",
)


# --- a minimal WebSocket client (RFC 6455), enough for DevTools ---------------------


class DevTools:
    """One page's DevTools connection: send a command, wait for its answer."""

    def __init__(self, url: str) -> None:
        assert url.startswith("ws://")
        host_port, _, path = url[len("ws://") :].partition("/")
        host, _, port = host_port.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=CALL_TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise ConnectionError(
                f"DevTools refused the WebSocket: {status.decode(errors='replace')}"
            )
        self.buffer = head.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 1 << 16:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _message(self) -> dict[str, Any]:
        """The next whole text message, answering pings on the way."""
        parts: list[bytes] = []
        while True:
            first, second = self._read(2)
            opcode, n = first & 0x0F, second & 0x7F
            if n == 126:
                (n,) = struct.unpack("!H", self._read(2))
            elif n == 127:
                (n,) = struct.unpack("!Q", self._read(8))
            mask = self._read(4) if second & 0x80 else b""
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 0x9:
                self._send_frame(0xA, payload)
                continue
            if opcode in (0x0, 0x1, 0x2):
                parts.append(payload)
                if first & 0x80:
                    return json.loads(b"".join(parts))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and return its result, skipping the events that come between."""
        self.next_id += 1
        self._send_frame(
            0x1, json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        )
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        """A real left click at viewport coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[tuple[str, Path]]:
    """A headless Chromium with a fresh profile: its DevTools address, and a folder for pages."""
    assert CHROMIUM is not None
    profile = Path(tempfile.mkdtemp(prefix="pressfacts-chromium-"))
    pages = profile / "pages"
    pages.mkdir()
    proc = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its helpers share a process group we can end together
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None:
                pytest.fail(f"chromium exited at start with status {proc.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("chromium did not open its DevTools port in time")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        yield f"127.0.0.1:{port}", pages
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(profile, ignore_errors=True)


def open_page(browser: tuple[str, Path], html: str) -> DevTools:
    """Write ``html`` to a file, open it in a new tab, and wait until it has loaded."""
    address, pages = browser
    path = pages / f"report-{time.monotonic_ns()}.html"
    path.write_text(html, encoding="utf-8")
    request = urllib.request.Request(f"http://{address}/json/new?{path.as_uri()}", method="PUT")
    with urllib.request.urlopen(request, timeout=CALL_TIMEOUT) as response:
        target = json.load(response)
    tab = DevTools(target["webSocketDebuggerUrl"])
    deadline = time.monotonic() + CALL_TIMEOUT
    # A new tab starts on about:blank, already "complete": wait for the report itself.
    loaded = f"location.href === {json.dumps(path.as_uri())} && document.readyState === 'complete'"
    while not tab.js(loaded):
        if time.monotonic() > deadline:
            pytest.fail("the report did not finish loading")
        time.sleep(0.05)
    return tab


# --- the report under test ------------------------------------------------------------

FILLER = "The crews will work through the summer on trails across the state.\n\n" * 60
TEXT = (
    "Marlow Freight Gives £30,000 to Tidewater Rescue\n\n"
    + FILLER
    + '"This £30,000 keeps 4 boats on the water," said Ada Marlow.\n\n'
    + "About Marlow Freight\nMarlow Freight moves <cargo> & more.\n"
)


def at(needle: str) -> tuple[int, int]:
    start = TEXT.rindex(needle)
    return start, start + len(needle)


def release() -> Release:
    """Facts over TEXT; the quote, with an amount and a statistic inside it, sits far below the top."""
    quote = "This £30,000 keeps 4 boats on the water,"
    return Release(
        source="marlow.txt",
        title="Marlow Freight Gives £30,000 to Tidewater Rescue",
        date=None,
        donors=(Entity("Marlow Freight", "Marlow Freight", 0, 14, "t", 1.0),),
        recipients=(
            Entity("Tidewater Rescue", "Tidewater Rescue", *at("Tidewater Rescue"), "t", 1.0),
        ),
        amounts=(Amount("£30,000", 30000.0, "GBP", "exact", *at("£30,000"), "t", 1.0),),
        statistics=(Statistic("4 boats", 4.0, None, "boats", *at("4 boats"), "t", 1.0),),
        quotes=(Quote(quote, "Ada Marlow", None, None, *at(quote), "t", 1.0),),
    )


SMALL = "Acme gives $5 to Bay Aid.\n"


def small(source: str, value: float, donor: str) -> Release:
    return Release(
        source=source,
        title=source,
        date=None,
        donors=(Entity(donor, donor, 0, 4, "t", 1.0),),
        amounts=(Amount("$5", value, "USD", "exact", 11, 13, "t", 1.0),),
    )


IN_VIEW = """(function (key) {
  var el = document.getElementById(key);
  var r = el.getBoundingClientRect();
  var style = getComputedStyle(el);
  return {top: r.top, bottom: r.bottom, height: innerHeight, flash: el.classList.contains("flash"),
          outline: style.outlineStyle, scroll: scrollY};
})(%s)"""


def click_link(tab: DevTools, key: str) -> None:
    """Bring the fact's link in the table into view and click its middle with the mouse."""
    box = tab.js(
        f"""(function () {{
          var a = document.querySelector('a.fact-link[data-target="{key}"]');
          a.scrollIntoView({{block: "center"}});
          var r = a.getBoundingClientRect();
          return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
        }})()"""
    )
    tab.click(box["x"], box["y"])


def test_clicking_a_fact_scrolls_to_its_span_and_flashes_it(browser: tuple[str, Path]) -> None:
    """A click on a fact in the table brings its span, out of view before, into view, flashing."""
    tab = open_page(browser, build_report([(TEXT, release())]))
    try:
        key = "r1-amounts-0"
        tab.js("window.scrollTo(0, 0)")
        before = tab.js(IN_VIEW % json.dumps(key))
        click_link(tab, "r1-donors-0")  # the donor is at the top: the page scrolls up to it
        tab.js("window.scrollTo(0, 0)")
        click_link(tab, key)
        after = tab.js(IN_VIEW % json.dumps(key))
    finally:
        tab.close()

    assert before["top"] > before["height"]  # below the fold at first
    assert after["top"] >= 0 and after["bottom"] <= after["height"]
    assert after["flash"] is True
    assert after["outline"] == "solid"


def test_clicking_a_nested_fact_flashes_it_inside_its_quote(browser: tuple[str, Path]) -> None:
    """The statistic inside the quote is its own mark: clicking it flashes it, not the quote."""
    tab = open_page(browser, build_report([(TEXT, release())]))
    try:
        click_link(tab, "r1-statistics-0")
        stat = tab.js(IN_VIEW % json.dumps("r1-statistics-0"))
        quote = tab.js(IN_VIEW % json.dumps("r1-quotes-0"))
        nested = tab.js('document.getElementById("r1-statistics-0").parentElement.id')
    finally:
        tab.close()

    assert stat["flash"] is True
    assert quote["flash"] is False
    assert nested == "r1-quotes-0"


def test_filter_hides_a_field(browser: tuple[str, Path]) -> None:
    """Clearing a field's box removes its highlight and hides its rows; others stay."""
    tab = open_page(browser, build_report([(TEXT, release())]))
    try:
        colour = 'getComputedStyle(document.getElementById("{}")).backgroundColor'
        before = tab.js(colour.format("r1-amounts-0"))
        tab.js('document.querySelector("#filter input[data-filter=amounts]").click()')
        after = tab.js(colour.format("r1-amounts-0"))
        donor = tab.js(colour.format("r1-donors-0"))
        row = tab.js('getComputedStyle(document.querySelector("tr[data-field=amounts]")).display')
    finally:
        tab.close()

    assert before not in ("rgba(0, 0, 0, 0)", "transparent")
    assert after == "rgba(0, 0, 0, 0)"
    assert donor not in ("rgba(0, 0, 0, 0)", "transparent")
    assert row == "none"


def test_summary_sorts_by_column(browser: tuple[str, Path]) -> None:
    """Clicking the Amount heading sorts the releases by amount, again in reverse."""
    releases = [
        (SMALL, small("b.txt", 500.0, "Acme")),
        (SMALL, small("a.txt", 90000.0, "Zeta")),
        (SMALL, small("c.txt", 7.0, "Moss")),
    ]
    tab = open_page(browser, build_report(releases))
    order = 'Array.from(document.querySelectorAll("#summary tbody tr")).map(r => r.cells[0].textContent)'
    try:
        tab.js('document.querySelectorAll("#summary th button")[2].click()')
        up = tab.js(order)
        tab.js('document.querySelectorAll("#summary th button")[2].click()')
        down = tab.js(order)
        tab.js('document.querySelectorAll("#summary th button")[1].click()')
        by_donor = tab.js(order)
    finally:
        tab.close()

    assert up == ["c.txt", "b.txt", "a.txt"]
    assert down == ["a.txt", "b.txt", "c.txt"]
    assert by_donor == ["b.txt", "c.txt", "a.txt"]
