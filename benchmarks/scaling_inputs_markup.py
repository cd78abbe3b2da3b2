"""The generators of benchmarks/scaling.py's HTML, e-mail template and macro-export cases
(HTML, Jinja, Handlebars, Zendesk JSON, YAML): `make_<case>(n) -> (file name, bytes)`, n a count
of repeated units (the case table: scaling_inputs.py)."""

from __future__ import annotations

import json

from scaling_inputs_prose import prose, sentence


def make_html_anchors(n: int) -> tuple[str, bytes]:
    """HTML sections, each opened by an empty `<a name>` anchor (a link with no text)."""
    sections = [f'<h2><a name="section-{i}"></a>Section {i}</h2>\n<p>{prose(i)}</p>\n' for i in range(n)]
    return "anchors.html", ("<html><body>\n" + "".join(sections) + "</body></html>\n").encode()


def make_unclosed_p_div(n: int) -> tuple[str, bytes]:
    """Unclosed `<p>` elements inside a `<div>` that sets colours (contrast walks the ancestors)."""
    paragraphs = [f"<p>{prose(i)}\n" for i in range(n)]
    return "unclosed-p.html", ('<div style="color: #333333; background-color: #ffffff">\n'
                               + "".join(paragraphs) + "</div>\n").encode()


def zendesk_macro(i: int) -> dict:
    return {
        "id": 360001000000 + i,
        "title": f"Shipping delay {i}",
        "active": True,
        "actions": [
            {"field": "status", "value": "pending"},
            {"field": "subject", "value": f"An update on your order {i}"},
            {"field": "comment_value",
             "value": f"Hi {{{{ticket.requester.first_name}}}},\n\n{prose(i)} Simply click here to track it.\n\n"
                      "Thanks,\n{{current_user.first_name}}"},
        ],
    }


def make_zendesk_macros(n: int) -> tuple[str, bytes]:
    """A Zendesk export of n small macros (each with findings, so every finding looks up its macro)."""
    return "macros.json", json.dumps({"macros": [zendesk_macro(i) for i in range(n)], "count": n}, indent=2).encode()


def make_reply_practice(n: int) -> tuple[str, bytes]:
    """A Zendesk export of n macros, each a refusal, an unowned promise, an incident note, a
    closing, a phone number and "do not reply" (issue 31's whole-reply rules: every macro is read
    on its own, so links, tags and sentences are grouped by macro once)."""
    macros = []
    for i in range(n):
        body = (f"Hi {{{{ticket.requester.first_name}}}},\n\nUnfortunately we can't refund order {i}. "
                f"A colleague will follow up. We are investigating reports of failed logins. "
                f"I've resolved your ticket. For help, call us on 0800 123 {4000 + i % 6000:04d}. {sentence(i)}\n\n"
                f"Please do not reply to this email.\n\n[Account](https://example.com/a/{i})")
        macros.append({"id": i, "title": f"Reply {i}", "actions": [{"field": "comment_value", "value": body}]})
    return "macros.json", json.dumps({"macros": macros, "count": n}, indent=2).encode()


def make_unclosed_comments(n: int) -> tuple[str, bytes]:
    """HTML with many `<!--` that are never closed."""
    lines = [f"<p>{sentence(i)} <!-- draft note {i}\n" for i in range(n)]
    return "comments.html", ("<html><body>\n" + "".join(lines) + "</body></html>\n").encode()


def make_html_table(n: int) -> tuple[str, bytes]:
    """One HTML table of n rows."""
    rows = [f"<tr><td>Plan {i}</td><td>{sentence(i)}</td><td>${i % 90 + 10}.00</td></tr>\n" for i in range(n)]
    return "table.html", ("<table>\n<tr><th>Plan</th><th>What you get</th><th>Price</th></tr>\n"
                          + "".join(rows) + "</table>\n").encode()


ENTITIES = ("&amp;", "&lt;", "&gt;", "&quot;", "&#8217;", "&eacute;", "&nbsp;", "&#x2014;", "&copy;", "&hellip;")


def make_entities(n: int) -> tuple[str, bytes]:
    """Paragraphs made mostly of character references (n units of ~100 bytes)."""
    units = []
    for i in range(n):
        refs = " ".join(ENTITIES[(i + k) % len(ENTITIES)] for k in range(12))
        units.append(f"Caf{ENTITIES[5]} {refs}\n" + ("</p>\n<p>" if i % 20 == 19 else ""))
    return "entities.html", ("<p>" + "".join(units) + "</p>\n").encode()


def make_json_escapes(n: int) -> tuple[str, bytes]:
    """One macro whose body is one long JSON string full of escapes (\\n, \\u2019, \\", \\/)."""
    body = "".join(f"Hi \"there\",\nWe\u2019ve refunded order {i}.\nSee https://example.com/a/{i}\t\u2014 thanks.\n"
                   for i in range(n))
    macro = {"macros": [{"id": 1, "title": "Long reply", "actions": [{"field": "comment_value", "value": body}]}]}
    return "escapes.json", json.dumps(macro, ensure_ascii=True).replace("/", "\\/").encode()


def make_yaml_macros(n: int) -> tuple[str, bytes]:
    """A YAML file of n canned replies with block-scalar bodies."""
    items = [f"- title: Shipping delay {i}\n  body: |\n    Hi {{{{first_name}}}},\n    {prose(i)}\n"
             f"    Simply click here to track it.\n" for i in range(n)]
    return "replies.yaml", ("".join(items)).encode()


def make_template_ifs(n: int) -> tuple[str, bytes]:
    """A long HTML e-mail template with n `{% if %}` branches."""
    parts = [f"{{% if plan == 'p{i}' %}}<p>{sentence(i)} {{{{ customer.name }}}}</p>{{% else %}}"
             f"<p>{sentence(i + 1)}</p>{{% endif %}}\n" for i in range(n)]
    return "email.html.j2", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_nested_html(n: int) -> tuple[str, bytes]:
    """Deeply nested HTML: blocks of 50 nested `<div>`s with styled `<span>`s, then prose."""
    block = "".join(f'<div><span style="color:#{(d * 3) % 10}{(d * 7) % 10}0000">' for d in range(50))
    close = "</span></div>" * 50
    parts = [f"{block}<p>{prose(i)}</p>{close}\n" for i in range(n)]
    return "nested.html", "".join(parts).encode()


def make_html_links_images(n: int) -> tuple[str, bytes]:
    """HTML links that hold only an image with alt="" (a link with no name), n of them."""
    parts = [f'<p><a href="https://example.com/{i}"><img src="step-{i}.png" alt=""></a> {sentence(i)}</p>\n'
             for i in range(n)]
    return "linked-images.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_template_fixes(n: int) -> tuple[str, bytes]:
    """An e-mail template whose every paragraph holds merge tags and a finding with a fix."""
    parts = [f"<p>Hi {{{{customer.first_name}}}}, please utilize the form for order {{{{order.id}}}} {i}.</p>\n"
             for i in range(n)]
    return "reply.html.hbs", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_many_figures(n: int) -> tuple[str, bytes]:
    """n `<figure>`s, each an image with its `<figcaption>`."""
    parts = [f'<figure><img src="step-{i}.png" alt="The refund form, step {i}">'
             f"<figcaption>Step {i}: {sentence(i)}</figcaption></figure>\n" for i in range(n)]
    return "figures.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_many_videos(n: int) -> tuple[str, bytes]:
    """n videos; half have a captions track, the others a transcript link nearby or nothing."""
    parts = []
    for i in range(n):
        track = f'<track kind="captions" src="v{i}.vtt">' if i % 2 else ""
        link = f' <a href="/help/transcripts/{i}">Read the transcript</a>' if i % 4 == 0 else ""
        parts.append(f'<video controls src="https://example.com/v{i}.mp4">{track}</video>\n<p>{sentence(i)}{link}</p>\n')
    return "videos.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()
