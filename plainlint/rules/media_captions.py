"""media-captions (PL404): video and audio embeds need captions or a transcript."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..reading.spans import ByStart
from .alt_text import data
from .base import Hit, Option, Rule, element_end, html_attrs
from ..enums import Category


def media_kind(element) -> str | None:
    """"video", "audio" or "embed" (a player from a known host), else None."""
    tag = element.tag
    if tag in ("video", "audio"):
        return tag
    if tag in ("iframe", "embed"):
        src = (element.src or html_attrs(element).get("src", "")).lower()
        address = _address(src)
        words = data()
        if any(host in address for host in words["audio_hosts"]):
            return "audio"
        if any(host in address for host in words["media_hosts"]):
            return "embed"
    return None


def _address(src: str) -> str:
    parts = urlsplit(src if "//" in src else "//" + src)
    return (parts.netloc + parts.path).removeprefix("www.")


class MediaCaptions(Rule):
    code = "PL404"
    name = "media-captions"
    category = Category.ACCESSIBILITY
    english_only = False
    example_format = "html"
    summary = "Video and audio with no captions track or transcript link nearby"
    rationale = (
        "A deaf or hard-of-hearing customer gets nothing from a tutorial video without captions, and "
        "nothing from a podcast without a transcript; neither do people watching on a phone in a "
        "quiet office. A <video> needs a <track kind=\"captions\">; audio needs a transcript. "
        "Players embedded from YouTube, Vimeo, Wistia, Loom and similar hosts cannot show in the "
        "markup whether captions exist, so they are flagged unless captions are switched on in the "
        "embed address or a transcript is linked nearby: check the captions on the host and link a "
        "transcript. WCAG 2.2 asks for captions of the audio in synchronized media (1.2.2) and, for "
        "video with no sound, a text description of what it shows (1.2.1), which the steps a demo "
        "clip illustrates usually are. plainlint cannot hear the file, so it reads what the author "
        "wrote: a <video> that is muted and has no controls (a background video) cannot be "
        "unmuted, and one that plays muted by itself in a loop (autoplay muted loop, with or "
        "without controls and playsinline: the markup that replaces an animated GIF) is a silent "
        "clip; neither is flagged. A muted <video> that the reader starts with its controls is "
        "flagged, because its controls turn the sound on."
    )
    bad = (
        "<video src=\"setup.mp4\" controls></video>\n",
        "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Set up single sign-on\"></iframe>\n",
    )
    good = (
        "<video src=\"setup.mp4\" controls>\n  <track kind=\"captions\" src=\"setup.vtt\" srclang=\"en\">\n</video>\n",
        "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Set up single sign-on\"></iframe>\n"
        "<p><a href=\"/sso-video-transcript\">Read the transcript</a></p>\n",
    )
    options = {"transcript-distance": Option(1500, "how far (in characters) a transcript link may be from the player", minimum=0)}

    def check(self, doc, options):
        distance = options["transcript-distance"]
        for element in doc.elements:
            kind = media_kind(element)
            if kind is None or _is_silent(element):
                continue
            if _transcript_near(doc, element, distance):
                continue
            if kind == "video" and _has_captions_track(doc, element):
                continue
            if kind == "embed" and _captions_in_address(element):
                continue
            message = _media_message(kind)
            if kind == "video" and "muted" in html_attrs(element):
                message += (" (it starts muted, but its controls can turn the sound on; a clip with no sound "
                            "track needs no captions, only the text of what it shows: WCAG 1.2.1)")
            yield Hit(element.start, element.end, message)


def _media_message(kind: str) -> str:
    if kind == "video":
        return ("Video has no captions track and no transcript link nearby: add "
                "<track kind=\"captions\" src=\"...vtt\"> and link a transcript")
    if kind == "audio":
        return "Audio has no transcript link nearby: deaf and hard-of-hearing customers need a transcript"
    return ("Embedded player: captions cannot be checked from the page and no transcript link is nearby. "
            "Check that the video has captions on its host and link a transcript")


def _is_silent(element) -> bool:
    """A muted <video> without controls (a background video: `autoplay loop muted playsinline`)
    plays no sound the customer can turn on. With controls it can be unmuted, unless it plays by
    itself, muted, in a loop: the markup that replaces an animated GIF, a silent screen recording
    (left15: all 9 such players of both corpora; the 8 whose files could be read hold a video
    track and no sound track)."""
    attrs = {name.lower() for name in html_attrs(element)}
    if element.tag != "video" or "muted" not in attrs:
        return False
    return "controls" not in attrs or {"autoplay", "loop"} <= attrs


def _has_captions_track(doc, video) -> bool:
    end = video.content_end
    if end is None:  # an unclosed player: its tracks are those before the next player
        later = _by_start(doc, "players", lambda e: e.tag in ("video", "audio")).first_after(video.start)
        end = later.start if later is not None else len(doc.source.text)
    tracks = _by_start(doc, "tracks", lambda e: e.tag == "track")
    for track in tracks.between(video.start + 1, end - 1):
        if html_attrs(track).get("kind", "subtitles").lower() in ("captions", "subtitles"):
            return True
    return False


def _captions_in_address(element) -> bool:
    src = (element.src or html_attrs(element).get("src", "")).lower()
    return any(parameter in src for parameter in data()["caption_parameters"])


def _transcript_near(doc, media, distance: int) -> bool:
    words = data()["transcript_words"]
    lo, hi = media.start - distance, element_end(media) + distance
    for link in _by_start(doc, "links", lambda e: e.kind == "link").between(lo, hi):
        text = f"{link.text} {link.href}".lower()
        if any(word in text for word in words):
            return True
    segments = doc.cached("segments by start", lambda: ByStart(
        [s for s in doc.segments if s.map.pieces], lambda s: s.map.pieces[0].src_start))
    return any(any(word in segment.text.lower() for word in words) for segment in segments.between(lo, hi))


def _by_start(doc, name: str, keep) -> ByStart:
    """The document's elements that `keep` accepts, by start (media pages hold many players:
    scanning every element for each would be players x elements)."""
    return doc.cached(f"elements by start: {name}", lambda: ByStart([e for e in doc.elements if keep(e)]))
