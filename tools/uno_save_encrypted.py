"""Saves a document as a password-protected Word 97 `.doc` through LibreOffice's UNO API.

    /usr/bin/python3 tools/uno_save_encrypted.py SRC OUT PASSWORD

Run by tools/make-doc-fixtures.py with the system Python, which has python3-uno
(Debian package); LibreOffice 7.4's `--convert-to` has no way to pass a password.
Starts its own headless soffice on a private pipe and profile, and stops it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(src: str, out: str, password: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pipe = f"docxsift_fixtures_{Path(tmp).name}"
        office = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--norestore",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext()
            )
            for _ in range(120):  # soffice takes a few seconds to listen
                try:
                    ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except Exception:  # NoConnectException: not listening yet
                    time.sleep(0.5)
            else:
                raise SystemExit("soffice did not start")
            desktop = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx
            )
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(str(Path(src).resolve())),
                "_blank",
                0,
                (prop("Hidden", True),),
            )
            doc.storeToURL(
                uno.systemPathToFileUrl(str(Path(out).resolve())),
                (prop("FilterName", "MS Word 97"), prop("Password", password)),
            )
            doc.close(True)
            try:
                desktop.terminate()
            except Exception:  # the bridge drops as soffice exits
                pass
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
