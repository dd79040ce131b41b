"""JUnit XML for CI: one testcase per article x configuration.

A testcase fails when its run failed, or when `min_macro_f1` is given and
the article's macro F1 is under it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from briefing.evals.running import ConfigResult
from briefing.output import write_atomic


def junit_xml(suite: str, configs: Sequence[ConfigResult], min_macro_f1: float | None) -> str:
    """The JUnit XML document of a scored suite run."""
    root = ET.Element("testsuites", name=f"briefing eval {suite}")
    for config in configs:
        cases = ET.SubElement(root, "testsuite", name=f"{suite}: {config.label}")
        failures = 0
        for result in config.articles:
            record = result.record
            latency = record.briefing.provenance.latency_s if record.briefing else 0.0
            case = ET.SubElement(
                cases,
                "testcase",
                classname=f"{suite}.{config.label}",
                name=f"{record.article.id} #{record.repeat}"
                if record.repeat
                else record.article.id,
                time=f"{latency:.2f}",
            )
            message = None
            if record.error is not None:
                message = f"run failed: {record.error}"
            elif min_macro_f1 is not None and result.macro_f1 < min_macro_f1:
                message = f"macro F1 {result.macro_f1:.2f} < {min_macro_f1:.2f}"
            if message is not None:
                failures += 1
                ET.SubElement(case, "failure", message=message).text = message
        cases.set("tests", str(len(config.articles)))
        cases.set("failures", str(failures))
        cases.set("errors", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(
    path: Path, suite: str, configs: Sequence[ConfigResult], min_macro_f1: float | None
) -> None:
    write_atomic(path, junit_xml(suite, configs, min_macro_f1))
