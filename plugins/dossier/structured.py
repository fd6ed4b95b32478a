"""schema.org JSON-LD for report and speaker pages, as text safe inside a <script> element."""

from __future__ import annotations

import json

from .model import Actor, Report


def _script_safe(data: dict[str, object]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def report_json_ld(report: Report, public_url: str = "", path: str = "") -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": report.title,
        "headline": report.title,
        "author": [{"@type": "Person", "name": a.name, **({"jobTitle": a.role} if a.role else {})} for a in report.authors],
        "inLanguage": "en",
    }
    if report.date:
        data["datePublished"] = report.date.isoformat()[:7] if report.month_only else report.date.isoformat()
    if report.summary:
        data["abstract"] = report.summary
    if report.series:
        data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": report.series}
    if report.number:
        data["reportNumber"] = report.number
    if report.tags:
        data["keywords"] = ", ".join(report.tags)
    if public_url:
        data["url"] = f"{public_url}/{path}"
    return _script_safe(data)


def actor_json_ld(actor: Actor, public_url: str = "", path: str = "", affiliation: Actor | None = None) -> str:
    kind = {"person": "Person", "state": "Country", "outlet": "NewsMediaOrganization"}.get(actor.kind, "Organization")
    data: dict[str, object] = {"@context": "https://schema.org", "@type": kind, "name": actor.name}
    if actor.aliases:
        data["alternateName"] = list(actor.aliases)
    if actor.description:
        data["description"] = actor.description
    if actor.url:
        data["sameAs"] = actor.url
    if affiliation is not None:
        data["affiliation" if kind == "Person" else "parentOrganization"] = {"@type": "Organization", "name": affiliation.name}
    if actor.roles and kind == "Person":
        data["jobTitle"] = actor.roles[-1].title
    if public_url:
        data["url"] = f"{public_url}/{path}"
    return _script_safe(data)
