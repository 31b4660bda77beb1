"""JUnit XML: one test suite per registry, one test case per claim. A claim that fails
the run is a failure whose message is the reason and whose body is the evidence."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.model import ClaimResult, Report
from factcheck.reporters.base import Reporter


def _evidence_text(result: ClaimResult, labels: dict[str, str]) -> str:
    lines = [result.claim.text, ""]
    for stance in result.stances:
        if stance.evidence is None:
            lines.append(f"{labels[stance.source]}: {stance.stance}")
            continue
        text = stance.evidence.display_text
        lines.append(f"{labels[stance.source]}: {stance.stance}, {stance.evidence.where}:")
        lines.append(f"    {text}")
    if result.expect is not None and not result.expect.met:
        lines += ["", "expectation unmet: " + "; ".join(result.expect.problems)]
    return "\n".join(lines)


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML: a test suite per registry, a test case per claim"

    def render(self, report: Report) -> str:
        labels = report.labels
        root = ET.Element("testsuites", name="factcheck")
        total = failed = 0
        # A suite per registry (per document for `compare` and `draft`), in order.
        suites = [r.path for r in report.registries]
        suites += [
            p for p in dict.fromkeys(r.claim.registry for r in report.results) if p not in suites
        ]
        for suite_name in suites:
            results = [r for r in report.results if r.claim.registry == suite_name]
            if not results and suite_name not in [r.path for r in report.registries]:
                continue
            suite = ET.SubElement(root, "testsuite", name=suite_name)
            suite_failures = 0
            for result in results:
                case = ET.SubElement(
                    suite,
                    "testcase",
                    name=result.claim.id,
                    classname=suite_name,
                    file=suite_name,
                    line=str(result.claim.line),
                )
                if result.fails(report.fail_on):
                    suite_failures += 1
                    failure = ET.SubElement(
                        case, "failure", message=result.reason, type=result.verdict
                    )
                    failure.text = _evidence_text(result, labels)
                else:
                    output = ET.SubElement(case, "system-out")
                    output.text = f"{result.verdict} ({result.severity}): {result.reason}"
            suite.set("tests", str(len(results)))
            suite.set("failures", str(suite_failures))
            suite.set("errors", "0")
            total += len(results)
            failed += suite_failures
        root.set("tests", str(total))
        root.set("failures", str(failed))
        root.set("errors", "0")
        ET.indent(root)
        return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"

    def render_sources(self, report: Report) -> str:
        root = ET.Element("sources")
        for info in report.sources:
            element = ET.SubElement(
                root, "source", id=info.source.id, path=info.source.display_path
            )
            if info.copy is not None:
                element.set("copy_of", info.copy.original)
                element.set("copy_share", f"{info.copy.share:g}")
        ET.indent(root)
        return ET.tostring(root, "unicode") + "\n"
