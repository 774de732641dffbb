"""Deterministic flat illustrations (icons, covers, phone screens) for demo courses."""

import io
import math
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path(__file__).resolve().parent.parent / "learning" / "fonts"

ICONS: dict[str, str] = {
    "id-card": "An identity card with a chip and a portrait photo",
    "phone": "A smartphone",
    "qr-code": "A QR code",
    "bank": "A bank building with columns",
    "bank-app": "A phone showing a banking app with the account balance",
    "padlock": "A closed padlock",
    "shield": "A shield with a check mark",
    "warning": "A warning triangle with an exclamation mark",
    "sms": "A speech bubble with the word SMS",
    "otp": "A phone screen showing a six-digit one-time code",
    "chat": "Two chat bubbles",
    "call": "A telephone handset",
    "shop": "A shop front with a striped awning",
    "farm": "Rice seedlings growing in a field",
    "parcel": "A parcel box sealed with tape",
    "star": "A star",
    "document": "A document page with lines of text",
    "camera": "A camera",
    "globe": "A globe with meridians",
    "link": "Two chain links",
    "person": "A person",
    "family": "An adult with a child",
    "baby": "A baby's face",
    "gov": "A public building with columns and a flag",
    "money": "Banknotes",
    "gift": "A gift box with a bow",
    "wifi": "A Wi-Fi signal",
    "gear": "A gear",
    "check": "A check mark in a circle",
    "cross": "A cross in a circle",
    "face": "A face inside scanning brackets",
}

INK = 255  # full-strength icon colour
MID = 190  # slightly lighter shade of the icon colour
TINT = 110  # light shade of the icon colour
CUT = 0  # knocked out: the background shows through
SUPERSAMPLE = 4
SCREEN_SIZE = (540, 960)

Point = tuple[float, float]


# ---------------------------------------------------------------- helpers ----


def _rgb(color: str) -> tuple[int, int, int]:
    """Parse any Pillow colour string into an RGB triple."""
    return ImageColor.getrgb(color)[:3]


def _mix(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, int, int]:
    """Blend colour `a` towards colour `b` by fraction `t`."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=True))


def _png(img: Image.Image) -> bytes:
    """Encode an image as an optimized PNG without metadata."""
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _font_path(bold: bool) -> Path | None:
    """Return the bundled Vietnamese-capable TTF file for the given weight."""
    preferred = FONT_DIR / (
        "BeVietnamPro-Bold.ttf" if bold else "BeVietnamPro-Regular.ttf"
    )
    if preferred.exists():
        return preferred
    files = sorted(FONT_DIR.glob("*.ttf"))
    weighted = [f for f in files if ("Bold" in f.name) == bold]
    return (weighted or files or [None])[0]


@lru_cache(maxsize=64)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Load (and cache) the bundled font at a pixel size."""
    path = _font_path(bold)
    if path is None:
        return ImageFont.load_default(size)
    # BASIC layout gives identical output whether or not libraqm is installed;
    # NFC-normalised Vietnamese only needs the font's precomposed glyphs.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def _nfc(text: str) -> str:
    """Normalise text to NFC so every Vietnamese letter is one precomposed glyph."""
    return unicodedata.normalize("NFC", text)


def _quad(p0: Point, p1: Point, p2: Point, n: int = 24) -> list[Point]:
    """Sample a quadratic Bézier curve."""
    pts = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        pts.append(
            (
                u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
            )
        )
    return pts


def _polar(cx: float, cy: float, r: float, deg: float) -> Point:
    """Point at angle `deg` (clockwise from 3 o'clock) on a circle."""
    a = math.radians(deg)
    return (cx + r * math.cos(a), cy + r * math.sin(a))


class _Pen:
    """Draw on a supersampled greyscale mask using 0-100 icon units."""

    def __init__(self, img: Image.Image, scale: float) -> None:
        """Wrap a mask image; `scale` is pixels per icon unit."""
        self.img = img
        self.draw = ImageDraw.Draw(img)
        self.s = scale

    def _pts(self, pts: list[Point]) -> list[Point]:
        """Convert icon units to pixels."""
        return [(x * self.s, y * self.s) for x, y in pts]

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        v: int = INK,
        r: float = 0,
        corners: tuple[bool, bool, bool, bool] | None = None,
    ) -> None:
        """Fill a (rounded) rectangle."""
        s = self.s
        self.draw.rounded_rectangle(
            (x0 * s, y0 * s, x1 * s, y1 * s), radius=r * s, fill=v, corners=corners
        )

    def frame(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        w: float,
        v: int = INK,
        r: float = 0,
    ) -> None:
        """Outline a (rounded) rectangle with stroke width `w` inside the box."""
        s = self.s
        self.draw.rounded_rectangle(
            (x0 * s, y0 * s, x1 * s, y1 * s),
            radius=r * s,
            outline=v,
            width=round(w * s),
        )

    def circle(self, cx: float, cy: float, r: float, v: int = INK) -> None:
        """Fill a circle."""
        self.ellipse(cx, cy, r, r, v)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, v: int = INK) -> None:
        """Fill an axis-aligned ellipse."""
        s = self.s
        self.draw.ellipse(
            ((cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s), v
        )

    def ring(
        self,
        cx: float,
        cy: float,
        rx: float,
        w: float,
        v: int = INK,
        ry: float | None = None,
    ) -> None:
        """Stroke an ellipse whose stroke is centred on radius `rx`/`ry`."""
        s = self.s
        ry = rx if ry is None else ry
        h = w / 2
        self.draw.ellipse(
            (
                (cx - rx - h) * s,
                (cy - ry - h) * s,
                (cx + rx + h) * s,
                (cy + ry + h) * s,
            ),
            outline=v,
            width=round(w * s),
        )

    def arc(
        self,
        cx: float,
        cy: float,
        r: float,
        start: float,
        end: float,
        w: float,
        v: int = INK,
        caps: bool = True,
    ) -> None:
        """Stroke a circular arc (degrees clockwise from 3 o'clock)."""
        s = self.s
        h = w / 2
        self.draw.arc(
            ((cx - r - h) * s, (cy - r - h) * s, (cx + r + h) * s, (cy + r + h) * s),
            start,
            end,
            fill=v,
            width=round(w * s),
        )
        if caps:
            for deg in (start, end):
                self.circle(*_polar(cx, cy, r, deg), h, v)

    def line(self, pts: list[Point], w: float, v: int = INK) -> None:
        """Stroke a polyline with round joints and caps."""
        h = w / 2
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            n = math.hypot(x1 - x0, y1 - y0)
            if n:
                nx, ny = -(y1 - y0) / n * h, (x1 - x0) / n * h
                quad = [
                    (x0 + nx, y0 + ny),
                    (x1 + nx, y1 + ny),
                    (x1 - nx, y1 - ny),
                    (x0 - nx, y0 - ny),
                ]
                self.poly(quad, v)
        for x, y in pts:
            self.circle(x, y, h, v)

    def poly(self, pts: list[Point], v: int = INK) -> None:
        """Fill a polygon."""
        self.draw.polygon(self._pts(pts), fill=v)

    def rpoly(self, pts: list[Point], r: float, v: int = INK) -> None:
        """Fill a polygon grown by `r` so its corners are rounded."""
        self.poly(pts, v)
        self.line([*pts, pts[0]], 2 * r, v)

    def text(
        self,
        cx: float,
        cy: float,
        text: str,
        size: float,
        v: int = INK,
        bold: bool = True,
    ) -> None:
        """Draw text whose ink is centred on (cx, cy)."""
        font = _font(max(1, round(size * self.s)), bold)
        x0, y0, x1, y1 = self.draw.textbbox((0, 0), text, font=font)
        x = cx * self.s - (x0 + x1) / 2
        y = cy * self.s - (y0 + y1) / 2
        self.draw.text((x, y), text, font=font, fill=v)

    def rotated(
        self, angle: float, cx: float, cy: float, fn: Callable[["_Pen"], None]
    ) -> None:
        """Draw `fn` on a layer rotated counter-clockwise by `angle` about (cx, cy)."""
        layer = Image.new("L", self.img.size, 0)
        fn(_Pen(layer, self.s))
        layer = layer.rotate(
            angle, resample=Image.Resampling.BICUBIC, center=(cx * self.s, cy * self.s)
        )
        self.img.paste(ImageChops.lighter(self.img, layer))


def _star_points(cx: float, cy: float, outer: float, inner: float) -> list[Point]:
    """Vertices of a five-pointed star with one point upwards."""
    return [
        _polar(cx, cy, outer if i % 2 == 0 else inner, -90 + i * 36) for i in range(10)
    ]


# ------------------------------------------------------------------ icons ----


def _phone_body(p: _Pen, x0: float, x1: float) -> None:
    """A smartphone outline with a knocked-out screen between x0 and x1."""
    p.box(x0, 6, x1, 94, r=11)
    p.box(x0 + 5, 17, x1 - 5, 82, CUT, r=3)
    p.box(44, 10.5, 56, 13, CUT, r=1.25)
    p.circle(50, 88, 3.2, CUT)


def _draw_id_card(p: _Pen) -> None:
    """Identity card with a chip and a portrait."""
    p.box(4, 18, 96, 82, r=9)
    p.box(11, 29, 41, 71, CUT, r=4)
    p.circle(26, 43, 7.5)
    p.box(15, 54, 37, 71.5, r=10, corners=(True, True, False, False))
    p.box(50, 29, 66, 42, CUT, r=3)
    p.box(55.5, 29, 57.5, 42, TINT)
    p.box(50, 34.5, 66, 36.5, TINT)
    p.box(71, 32, 88, 37, CUT, r=2.5)
    p.box(50, 50, 88, 55, CUT, r=2.5)
    p.box(50, 61, 80, 66, CUT, r=2.5)


def _draw_phone(p: _Pen) -> None:
    """Smartphone with app tiles."""
    _phone_body(p, 26, 74)
    for row in range(3):
        for col in range(3):
            x = 35.5 + col * 10.5
            y = 25 + row * 11
            p.box(x, y, x + 8, y + 8, TINT, r=2.2)


def _draw_qr_code(p: _Pen) -> None:
    """QR-like code with three finder squares and deterministic modules."""
    n = 21
    mod = int(84 * p.s / n)
    ox = round(50 * p.s - mod * n / 2)
    d = p.draw

    def cell(c: int, r: int, v: int = INK, span: int = 1) -> None:
        """Fill one module (or a span of modules)."""
        x = ox + c * mod
        y = ox + r * mod
        d.rectangle((x, y, x + span * mod - 1, y + span * mod - 1), fill=v)

    def finder(c: int, r: int) -> None:
        """Draw a 7×7 finder square."""
        rad = mod * 1.2
        x, y = ox + c * mod, ox + r * mod
        d.rounded_rectangle((x, y, x + 7 * mod - 1, y + 7 * mod - 1), rad, fill=INK)
        d.rounded_rectangle(
            (x + mod, y + mod, x + 6 * mod - 1, y + 6 * mod - 1), rad * 0.6, fill=CUT
        )
        d.rounded_rectangle(
            (x + 2 * mod, y + 2 * mod, x + 5 * mod - 1, y + 5 * mod - 1),
            rad * 0.5,
            fill=INK,
        )

    def reserved(c: int, r: int) -> bool:
        """Whether a module belongs to a finder or timing pattern."""
        corner = (c < 8 and r < 8) or (c > 12 and r < 8) or (c < 8 and r > 12)
        return corner or c == 6 or r == 6

    seed = 0x5EED1234
    for r in range(n):
        for c in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            if reserved(c, r):
                continue
            if (seed >> 16) & 1:
                cell(c, r)
    for i in range(8, 13):
        if i % 2 == 0:
            cell(i, 6)
            cell(6, i)
    finder(0, 0)
    finder(14, 0)
    finder(0, 14)


def _draw_bank(p: _Pen) -> None:
    """Bank building with pediment, columns and a dong sign."""
    p.rpoly([(50, 8), (90, 28), (10, 28)], 2)
    p.circle(50, 21, 5.5, CUT)
    p.text(50, 21, "₫", 8, INK)
    p.box(8, 31, 92, 37, r=1.5)
    for cx in (20, 40, 60, 80):
        p.box(cx - 5, 41, cx + 5, 77, r=1.5)
    p.box(10, 80, 90, 86, r=1.5)
    p.box(5, 89, 95, 95, r=2)


def _draw_bank_app(p: _Pen) -> None:
    """Phone showing a bank logo, a balance and transactions."""
    _phone_body(p, 22, 78)
    p.poly([(50, 22), (62, 28.5), (38, 28.5)])
    p.box(38, 29.5, 62, 31)
    for cx in (42, 48, 54, 60):
        p.box(cx - 1.7 - 0.5, 32, cx + 1.7 - 0.5, 38.5)
    p.box(37, 39.5, 63, 41.5)
    p.box(31, 46, 69, 63, TINT, r=3)
    p.text(50, 54.5, "9.500.000₫", 5.4, INK)
    p.box(31, 67, 56, 70.5, INK, r=1.75)
    p.box(61, 67, 69, 70.5, TINT, r=1.75)
    p.box(31, 74, 52, 77.5, INK, r=1.75)
    p.box(61, 74, 69, 77.5, TINT, r=1.75)


def _draw_padlock(p: _Pen) -> None:
    """Closed padlock."""
    p.arc(50, 38, 17, 180, 360, 8, caps=False)
    p.box(29, 37, 37, 50)
    p.box(63, 37, 71, 50)
    p.box(20, 46, 80, 93, r=9)
    p.circle(50, 64, 6.5, CUT)
    p.rpoly([(48, 66), (52, 66), (53.5, 79), (46.5, 79)], 1.2, CUT)


def _shield_outline() -> list[Point]:
    """Outline points of a heraldic shield."""
    left = _quad((50, 94), (14, 78), (12, 44))
    right = _quad((88, 44), (86, 78), (50, 94))
    top = _quad((12, 17), (34, 16), (50, 6)) + _quad((50, 6), (66, 16), (88, 17))
    return [*top, *right, *left]


def _draw_shield(p: _Pen) -> None:
    """Shield with a check mark."""
    p.rpoly(_shield_outline(), 2)
    p.line([(31, 50), (45, 64), (69, 37)], 9, CUT)


def _draw_warning(p: _Pen) -> None:
    """Warning triangle with an exclamation mark."""
    p.rpoly([(50, 12), (90, 84), (10, 84)], 6)
    p.rpoly([(47, 36), (53, 36), (51.8, 62), (48.2, 62)], 2.5, CUT)
    p.circle(50, 73, 4.6, CUT)


def _draw_sms(p: _Pen) -> None:
    """Speech bubble with the word SMS."""
    p.box(6, 14, 94, 72, r=15)
    p.poly([(22, 68), (18, 90), (44, 70)])
    p.text(50, 43, "SMS", 26, CUT)


def _draw_otp(p: _Pen) -> None:
    """Phone screen showing a six-digit one-time code."""
    _phone_body(p, 18, 82)
    p.text(50, 30, "OTP", 11, INK)
    for i in range(6):
        x = 27.5 + i * 7.8
        p.box(x, 42, x + 6.6, 53, TINT, r=1.8)
        p.circle(x + 3.3, 47.5, 1.9, INK)
    p.box(30, 63, 70, 72, r=4.5)


def _draw_chat(p: _Pen) -> None:
    """Two overlapping chat bubbles."""
    p.box(32, 10, 94, 54, TINT, r=13)
    p.poly([(76, 50), (88, 68), (64, 52)], TINT)
    p.box(3, 29, 73, 81, CUT, r=16)
    p.poly([(14, 78), (9, 97), (38, 78)], CUT)
    p.box(6, 32, 70, 78, r=13)
    p.poly([(18, 74), (12, 92), (34, 76)])
    for x in (24, 38, 52):
        p.circle(x, 55, 4.5, CUT)


def _sector(
    cx: float, cy: float, r0: float, r1: float, a0: float, a1: float
) -> list[Point]:
    """Outline of an annular sector between radii r0 < r1 and angles a0 < a1."""
    steps = max(2, int(abs(a1 - a0) / 4))
    outer = [_polar(cx, cy, r1, a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
    inner = [_polar(cx, cy, r0, a1 - (a1 - a0) * i / steps) for i in range(steps + 1)]
    return outer + inner


def _handset(p: _Pen) -> None:
    """Upright telephone handset whose ear and mouth pieces point right."""
    cx, cy, r = 78, 50, 50
    p.rpoly(_sector(cx, cy, r - 6, r + 5, 140, 220), 4)
    p.rpoly(_sector(cx, cy, r - 26, r + 5, 128, 151), 4.5)
    p.rpoly(_sector(cx, cy, r - 26, r + 5, 209, 232), 4.5)


def _draw_call(p: _Pen) -> None:
    """Telephone handset."""
    p.rotated(45, 50, 50, _handset)


def _draw_shop(p: _Pen) -> None:
    """Shop front with a striped scalloped awning."""
    p.box(10, 8, 90, 15, r=2)
    stripes = 6
    w = 84 / stripes
    for i in range(stripes):
        x0 = 8 + i * w
        v = INK if i % 2 == 0 else TINT
        p.box(x0, 16, x0 + w, 32, v)
        p.ellipse(x0 + w / 2, 32, w / 2, 6, v)
    p.box(14, 41, 86, 88)
    p.box(21, 53, 42, 88, CUT, r=2)
    p.circle(38, 71, 1.6, INK)
    p.box(49, 53, 79, 73, CUT, r=2)
    p.box(6, 87, 94, 94, r=2)


def _curved_leaf(base: Point, ctrl: Point, tip: Point, width: float) -> list[Point]:
    """Outline of a pointed leaf whose midrib bends through `ctrl`."""
    dx, dy = tip[0] - base[0], tip[1] - base[1]
    n = math.hypot(dx, dy) or 1
    nx, ny = -dy / n * width, dx / n * width
    side_a = _quad(base, (ctrl[0] + nx, ctrl[1] + ny), tip)
    side_b = _quad(tip, (ctrl[0] - nx, ctrl[1] - ny), base)
    return side_a[:-1] + side_b


def _draw_farm(p: _Pen) -> None:
    """Rice seedlings growing in a field under the sun."""
    p.circle(82, 16, 9, TINT)
    p.poly(_quad((2, 77), (50, 61), (98, 77)) + [(98, 90), (2, 90)])
    p.box(2, 84, 98, 95, r=3)
    for y in (81, 88):
        p.line([(12, y), (88, y)], 2.4, CUT)
    for cx, base, h in ((21, 73, 40), (50, 69, 54), (79, 73, 40)):
        b = (cx, base + 1)
        p.poly(_curved_leaf(b, (cx - 3, base - h * 0.5), (cx + 3, base - h), 7.5))
        for side in (-1, 1):
            tip = (cx + side * h * 0.42, base - h * 0.66)
            ctrl = (cx + side * h * 0.04, base - h * 0.72)
            p.poly(_curved_leaf(b, ctrl, tip, 6))


def _draw_parcel(p: _Pen) -> None:
    """Isometric cardboard box with tape."""
    top = [(50, 10), (90, 29), (50, 48), (10, 29)]
    left = [(10, 29), (50, 48), (50, 93), (10, 73)]
    right = [(50, 48), (90, 29), (90, 73), (50, 93)]
    p.rpoly(left, 1.5, INK)
    p.rpoly(right, 1.5, MID)
    p.rpoly(top, 1.5, TINT)
    p.line([(10, 29), (50, 48), (90, 29)], 2.2, CUT)
    p.line([(50, 48), (50, 93)], 2.2, CUT)
    p.poly([(26, 21.5), (35, 17), (75, 36), (66, 40.5)], INK)
    p.poly([(66, 40.5), (75, 36), (75, 55), (66, 59.5)], CUT)
    p.poly([(17, 55), (40, 66), (40, 74), (17, 63)], CUT)


def _draw_star(p: _Pen) -> None:
    """Five-pointed star."""
    p.rpoly(_star_points(50, 53, 42, 18), 4)


def _draw_document(p: _Pen) -> None:
    """Page with lines of text and a folded corner."""
    p.rpoly([(20, 7), (62, 7), (81, 26), (81, 93), (20, 93)], 3)
    p.poly([(61, 4), (61, 27), (84, 27)], CUT)
    p.rpoly([(64.5, 9), (64.5, 23.5), (79, 23.5)], 2, TINT)
    for y, x1 in ((38, 71), (50, 71), (62, 71), (74, 56)):
        p.box(30, y, x1, y + 5, CUT, r=2.5)


def _draw_camera(p: _Pen) -> None:
    """Camera with lens and flash."""
    p.rpoly([(33, 18), (67, 18), (72, 30), (28, 30)], 3)
    p.box(6, 26, 94, 86, r=11)
    p.circle(50, 57, 22, CUT)
    p.circle(50, 57, 15)
    p.circle(44.5, 51.5, 4.5, CUT)
    p.box(75, 34, 86, 41, CUT, r=2)


def _draw_globe(p: _Pen) -> None:
    """Globe with meridians and parallels."""
    p.ring(50, 50, 40, 7)
    p.ring(50, 50, 17, 5.5, ry=40)
    p.line([(50, 11), (50, 89)], 5.5)
    p.line([(11, 50), (89, 50)], 5.5)
    for y in (30, 70):
        half = math.sqrt(40**2 - 20**2)
        p.line([(50 - half, y), (50 + half, y)], 5)


def _links(p: _Pen) -> None:
    """Two horizontal interlocking chain links."""

    def link(q: _Pen, x0: float, v: int, g: float = 0) -> None:
        """Stroke one stadium-shaped link, grown by `g` for a gap."""
        q.frame(x0 - g, 35 - g, x0 + 58 + g, 65 + g, 9 + 2 * g, v, r=15 + g)

    w, h = p.img.size
    half = round(50 * p.s)
    for x_under, x_over, box in ((38, 4, (0, 0, w, half)), (4, 38, (0, half, w, h))):
        layer = Image.new("L", p.img.size, CUT)
        q = _Pen(layer, p.s)
        link(q, x_under, INK)
        link(q, x_over, CUT, 3)
        link(q, x_over, INK)
        p.img.paste(layer.crop(box), box[:2])


def _draw_link(p: _Pen) -> None:
    """Two chain links."""
    p.rotated(45, 50, 50, _links)


def _person(
    p: _Pen,
    cx: float,
    head_y: float,
    head_r: float,
    top: float,
    half_w: float,
    bottom: float,
    v: int = INK,
) -> None:
    """Head-and-shoulders figure."""
    p.circle(cx, head_y, head_r, v)
    p.box(
        cx - half_w,
        top,
        cx + half_w,
        bottom,
        v,
        r=half_w * 0.75,
        corners=(True, True, False, False),
    )


def _draw_person(p: _Pen) -> None:
    """Head and shoulders of a person."""
    _person(p, 50, 29, 18, 54, 34, 94)


def _draw_family(p: _Pen) -> None:
    """An adult and a child."""
    _person(p, 36, 24, 14, 45, 25, 94)
    _person(p, 72, 49, 13, 63, 23, 98, CUT)
    _person(p, 72, 49, 9.5, 66, 18, 94)


def _draw_baby(p: _Pen) -> None:
    """Smiling baby face with a curl of hair."""
    p.circle(13, 56, 8)
    p.circle(87, 56, 8)
    p.circle(50, 56, 37)
    p.arc(50, 14.5, 5.5, 90, 330, 4.5, INK)
    p.circle(37, 52, 4.8, CUT)
    p.circle(63, 52, 4.8, CUT)
    p.circle(29, 65, 5.5, MID)
    p.circle(71, 65, 5.5, MID)
    p.arc(50, 64, 10, 20, 160, 4.2, CUT)


def _draw_gov(p: _Pen) -> None:
    """Public building with columns and a flag with a star."""
    p.line([(50, 5), (50, 26)], 2.6)
    p.box(51, 5, 72, 18, r=1.2)
    p.poly(_star_points(61.5, 11.7, 4.6, 1.9), CUT)
    p.rpoly([(50, 25), (89, 39), (11, 39)], 2)
    p.box(8, 42, 92, 47, r=1.5)
    for cx in (18, 34, 50, 66, 82):
        p.box(cx - 4, 50, cx + 4, 79, r=1.5)
    p.box(10, 82, 90, 87, r=1.5)
    p.box(5, 89.5, 95, 95, r=2)


def _draw_money(p: _Pen) -> None:
    """Two banknotes."""
    p.box(16, 16, 96, 60, TINT, r=5)
    p.box(2, 32, 88, 82, CUT, r=7)
    p.box(5, 35, 85, 79, r=5)
    p.frame(10, 40, 80, 74, 2.2, CUT, r=3)
    p.circle(45, 57, 12, CUT)
    p.text(45, 57, "₫", 16, INK)
    for x, y in ((18, 48), (72, 66)):
        p.circle(x, y, 3, CUT)


def _draw_gift(p: _Pen) -> None:
    """Gift box with a ribbon and a bow."""
    p.ring(38, 22, 11, 6, ry=8)
    p.ring(62, 22, 11, 6, ry=8)
    p.box(8, 31, 92, 49, r=4)
    p.box(14, 52, 86, 93, r=4)
    p.box(44, 31, 56, 93, CUT)
    p.box(46.5, 31, 53.5, 93, TINT)
    p.circle(50, 28, 6)


def _draw_wifi(p: _Pen) -> None:
    """Wi-Fi signal arcs."""
    for r in (20, 40, 60):
        p.arc(50, 84, r, 225, 315, 10)
    p.circle(50, 83, 7.5)


def _draw_gear(p: _Pen) -> None:
    """Cog wheel."""
    p.circle(50, 50, 32)
    for i in range(8):
        a = i * 45
        p.rpoly(
            [
                _polar(50, 50, 28, a - 14),
                _polar(50, 50, 42, a - 8),
                _polar(50, 50, 42, a + 8),
                _polar(50, 50, 28, a + 14),
            ],
            2,
        )
    p.circle(50, 50, 13, CUT)


def _draw_check(p: _Pen) -> None:
    """Check mark in a circle."""
    p.circle(50, 50, 44)
    p.line([(29, 51), (43.5, 65), (71, 37)], 9.5, CUT)


def _draw_cross(p: _Pen) -> None:
    """Cross in a circle."""
    p.circle(50, 50, 44)
    p.line([(34, 34), (66, 66)], 9.5, CUT)
    p.line([(66, 34), (34, 66)], 9.5, CUT)


def _draw_face(p: _Pen) -> None:
    """Face inside face-ID scanning brackets."""
    for sx, sy in ((8, 8), (92, 8), (8, 92), (92, 92)):
        dx = 18 if sx < 50 else -18
        dy = 18 if sy < 50 else -18
        p.line([(sx, sy + dy), (sx, sy), (sx + dx, sy)], 6)
    p.ellipse(50, 50, 23, 28)
    p.circle(41, 45, 3.6, CUT)
    p.circle(59, 45, 3.6, CUT)
    p.arc(50, 56, 10, 25, 155, 3.8, CUT)
    p.line([(14, 50), (24, 50)], 3, TINT)
    p.line([(76, 50), (86, 50)], 3, TINT)


_DRAWERS: dict[str, Callable[[_Pen], None]] = {
    "id-card": _draw_id_card,
    "phone": _draw_phone,
    "qr-code": _draw_qr_code,
    "bank": _draw_bank,
    "bank-app": _draw_bank_app,
    "padlock": _draw_padlock,
    "shield": _draw_shield,
    "warning": _draw_warning,
    "sms": _draw_sms,
    "otp": _draw_otp,
    "chat": _draw_chat,
    "call": _draw_call,
    "shop": _draw_shop,
    "farm": _draw_farm,
    "parcel": _draw_parcel,
    "star": _draw_star,
    "document": _draw_document,
    "camera": _draw_camera,
    "globe": _draw_globe,
    "link": _draw_link,
    "person": _draw_person,
    "family": _draw_family,
    "baby": _draw_baby,
    "gov": _draw_gov,
    "money": _draw_money,
    "gift": _draw_gift,
    "wifi": _draw_wifi,
    "gear": _draw_gear,
    "check": _draw_check,
    "cross": _draw_cross,
    "face": _draw_face,
}


def _icon_mask(name: str, px: int) -> Image.Image:
    """Render icon `name` as an antialiased greyscale coverage mask of px × px."""
    try:
        drawer = _DRAWERS[name]
    except KeyError:
        known = ", ".join(sorted(ICONS))
        raise ValueError(f"Unknown icon {name!r}; choose one of: {known}") from None
    big = Image.new("L", (px * SUPERSAMPLE, px * SUPERSAMPLE), CUT)
    drawer(_Pen(big, px * SUPERSAMPLE / 100))
    return big.reduce(SUPERSAMPLE)


def icon_png(name: str, *, color: str = "#1d4ed8", size: int = 480) -> bytes:
    """Render icon `name` in `color` on a rounded light tint of it as a square PNG."""
    size = max(16, int(size))
    fg = _rgb(color)
    bg = _mix(fg, (255, 255, 255), 0.9)
    tile = Image.new("L", (size * SUPERSAMPLE, size * SUPERSAMPLE), 0)
    ImageDraw.Draw(tile).rounded_rectangle(
        (0, 0, tile.width - 1, tile.height - 1),
        radius=size * SUPERSAMPLE * 0.2,
        fill=255,
    )
    img = Image.new("RGBA", (size, size), (*bg, 0))
    img.putalpha(tile.reduce(SUPERSAMPLE))
    px = round(size * 0.74)
    mask = _icon_mask(name, px)
    off = (size - px) // 2
    img.paste(Image.new("RGBA", (px, px), (*fg, 255)), (off, off), mask)
    return _png(img)


def cover_png(icon: str, *, color: str, width: int = 1200, height: int = 675) -> bytes:
    """Render a text-free course cover: `color` background with a big white icon."""
    width, height = max(64, int(width)), max(64, int(height))
    base = _rgb(color)
    light = _mix(base, (255, 255, 255), 0.12)
    dark = _mix(base, (0, 0, 0), 0.14)
    horiz = Image.linear_gradient("L").rotate(90).resize((width, height))
    vert = Image.linear_gradient("L").resize((width, height))
    diag = ImageChops.add(ImageChops.invert(horiz), vert, scale=2.0)
    img = Image.composite(
        Image.new("RGB", (width, height), dark),
        Image.new("RGB", (width, height), light),
        diag,
    )
    ss = 2
    deco = Image.new("L", (width * ss, height * ss), 0)
    dd = ImageDraw.Draw(deco)
    isize = round(min(height * 0.6, width * 0.42))
    cx, cy = width - max(isize * 0.82, height * 0.5), height / 2
    r = isize * 0.72
    dd.ellipse(((cx - r) * ss, (cy - r) * ss, (cx + r) * ss, (cy + r) * ss), fill=40)
    r2 = height * 0.55
    bx, by = width * 0.06, height * 1.02
    dd.ellipse(
        ((bx - r2) * ss, (by - r2) * ss, (bx + r2) * ss, (by + r2) * ss), fill=22
    )
    for i in range(3):
        x, y, rr = width * (0.1 + 0.09 * i), height * 0.18, height * 0.018
        dd.ellipse(
            ((x - rr) * ss, (y - rr) * ss, (x + rr) * ss, (y + rr) * ss), fill=70
        )
    deco = deco.reduce(ss)
    img.paste((255, 255, 255), (0, 0, width, height), deco)
    mask = _icon_mask(icon, isize)
    img.paste((255, 255, 255), (round(cx - isize / 2), round(cy - isize / 2)), mask)
    return _png(img)


# ---------------------------------------------------------------- screens ----


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedily wrap `text` into rows no wider than `width` pixels."""
    rows: list[str] = []
    row = ""
    for word in text.split():
        candidate = f"{row} {word}" if row else word
        if font.getlength(candidate) <= width:
            row = candidate
            continue
        if row:
            rows.append(row)
        row = ""
        while font.getlength(word) > width:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut]) > width:
                cut -= 1
            rows.append(word[:cut])
            word = word[cut:]
        row = word
    if row:
        rows.append(row)
    return rows


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` pixels."""
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text.rstrip() + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _clip_rows(
    rows: list[str], limit: int, font: ImageFont.FreeTypeFont, width: float
) -> list[str]:
    """Keep at most `limit` rows, marking a cut with an ellipsis."""
    if len(rows) <= limit:
        return rows
    kept = rows[:limit]
    kept[-1] = _ellipsize(kept[-1] + " " + rows[limit], font, width)
    if not kept[-1].endswith("…"):
        kept[-1] = _ellipsize(kept[-1] + "…", font, width)
    return kept


def _status_bar(d: ImageDraw.ImageDraw, x0: int, x1: int, y: int, k: int) -> None:
    """Clock, camera notch, signal bars and battery."""
    ink = (17, 24, 39)
    d.text((x0 + 30 * k, y), "9:41", font=_font(20 * k, True), fill=ink, anchor="lm")
    mid = (x0 + x1) // 2
    d.rounded_rectangle(
        (mid - 44 * k, y - 13 * k, mid + 44 * k, y + 13 * k), radius=13 * k, fill=ink
    )
    bx = x1 - 34 * k
    d.rounded_rectangle(
        (bx - 30 * k, y - 8 * k, bx, y + 8 * k), radius=4 * k, outline=ink, width=2 * k
    )
    d.rounded_rectangle(
        (bx - 27 * k, y - 5 * k, bx - 9 * k, y + 5 * k), radius=2 * k, fill=ink
    )
    d.rectangle((bx + 2 * k, y - 3 * k, bx + 4 * k, y + 3 * k), fill=ink)
    for i in range(4):
        sx = bx - 70 * k + i * 7 * k
        d.rounded_rectangle(
            (sx, y + (2 - 4 * i) * k, sx + 4 * k, y + 8 * k), radius=1 * k, fill=ink
        )


def _hand_mask(k: int) -> tuple[Image.Image, Point]:
    """A pointing hand (fingertip up) as a mask, with the fingertip position."""
    w, h = 120 * k, 140 * k
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    tip = (40 * k, 12 * k)

    def rr(x0: float, y0: float, x1: float, y1: float, r: float) -> None:
        """Fill a rounded rectangle given in hand units."""
        d.rounded_rectangle((x0 * k, y0 * k, x1 * k, y1 * k), radius=r * k, fill=255)

    rr(31, 12, 49, 72, 9)
    rr(47, 50, 63, 86, 8)
    rr(61, 56, 77, 90, 8)
    rr(75, 63, 90, 95, 7.5)
    rr(33, 62, 88, 118, 16)
    rr(16, 74, 36, 108, 10)
    mask = mask.rotate(18, resample=Image.Resampling.BICUBIC, center=tip)
    return mask, tip


def _draw_hand(img: Image.Image, x: float, y: float, k: int) -> None:
    """Paste a white pointing hand with a dark outline, fingertip at (x, y)."""
    mask, (tx, ty) = _hand_mask(k)
    outline = mask.filter(ImageFilter.MaxFilter(2 * (3 * k) + 1))
    pos = (round(x - tx), round(y - ty))
    img.paste((17, 24, 39), pos, outline)
    img.paste((255, 255, 255), pos, mask)


def _fit_button(
    text: str, x0: float, x1: float, room: float, k: int
) -> tuple[ImageFont.FreeTypeFont, list[str], float]:
    """Pick font, rows and centre x for a button label that avoids the tap marker."""
    inner0 = x0 + 24 * k
    mid = (x0 + x1) / 2
    for size in (30, 28, 26):
        font = _font(size * k, True)
        if font.getlength(text) / 2 <= mid - inner0 - room:
            return font, [text], mid
    shifted = (inner0 + x1 - room) / 2
    width = x1 - room - inner0
    for size in (28, 26, 24, 22):
        font = _font(size * k, True)
        if font.getlength(text) <= width:
            return font, [text], shifted
    font = _font(24 * k, True)
    return font, _clip_rows(_wrap(text, font, width), 2, font, width), shifted


def screen_png(
    *, app: str, title: str, lines: list[str], button: str, color: str = "#1d4ed8"
) -> bytes:
    """Render a simplified phone screenshot highlighting the `button` to tap."""
    k = 2
    w, h = SCREEN_SIZE
    accent = _rgb(color)
    ink = (17, 24, 39)
    body_ink = (55, 65, 81)
    marker = (245, 158, 11)
    app, title, button = _nfc(app).strip(), _nfc(title).strip(), _nfc(button).strip()
    texts = [_nfc(line).strip() for line in lines[:4] if line and line.strip()]

    img = Image.new("RGB", (w * k, h * k), _mix(accent, (255, 255, 255), 0.9))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(
        (38 * k, 14 * k, 502 * k, 946 * k), radius=62 * k, fill=(31, 41, 55)
    )
    sx0, sy0, sx1, sy1 = 52 * k, 28 * k, 488 * k, 932 * k
    d.rounded_rectangle((sx0, sy0, sx1, sy1), radius=50 * k, fill=(255, 255, 255))
    _status_bar(d, sx0, sx1, sy0 + 28 * k, k)

    bar0, bar1 = sy0 + 58 * k, sy0 + 136 * k
    d.rectangle((sx0, bar0, sx1, bar1), fill=accent)
    mid = (bar0 + bar1) // 2
    cx = sx0 + 30 * k
    d.line(
        [(cx + 12 * k, mid - 13 * k), (cx, mid), (cx + 12 * k, mid + 13 * k)],
        fill=(255, 255, 255),
        width=4 * k,
        joint="curve",
    )
    app_font = _font(28 * k, True)
    app_x = cx + 34 * k
    d.text(
        (app_x, mid),
        _ellipsize(app, app_font, sx1 - 30 * k - app_x),
        font=app_font,
        fill=(255, 255, 255),
        anchor="lm",
    )

    pad = 30 * k
    cx0, cx1 = sx0 + pad, sx1 - pad
    cw = cx1 - cx0
    tap_room = 86 * k
    bfont, brows, bx = _fit_button(button, cx0, cx1, tap_room, k)
    bh = (92 if len(brows) == 1 else 124) * k
    by1 = sy1 - 124 * k
    by0 = by1 - bh
    top, bottom = bar1 + 34 * k, by0 - 40 * k

    for scale in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6):
        tfont = _font(round(36 * scale) * k, True)
        lfont = _font(round(27 * scale) * k, False)
        tgap, lgap = round(36 * scale * 1.3) * k, round(27 * scale * 1.42) * k
        igap = round(20 * scale) * k
        trows = _clip_rows(_wrap(title, tfont, cw), 3, tfont, cw)
        lrows = [_wrap(t, lfont, cw - 30 * k) for t in texts]
        need = len(trows) * tgap + 18 * k * bool(texts)
        need += sum(len(r) * lgap + igap for r in lrows)
        if top + need <= bottom:
            break
    y = top
    for row in trows:
        d.text((cx0, y), row, font=tfont, fill=ink)
        y += tgap
    y += 18 * k
    for rows in lrows:
        if y + lgap > bottom:
            break
        dot = round(lgap * 0.5)
        d.ellipse(
            (cx0 + 2 * k, y + dot - 6 * k, cx0 + 14 * k, y + dot + 6 * k), fill=accent
        )
        for j, row in enumerate(rows):
            if y + 2 * lgap > bottom and j < len(rows) - 1:
                d.text(
                    (cx0 + 30 * k, y),
                    _ellipsize(row + "…", lfont, cw - 30 * k),
                    font=lfont,
                    fill=body_ink,
                )
                y += lgap
                break
            d.text((cx0 + 30 * k, y), row, font=lfont, fill=body_ink)
            y += lgap
        y += igap

    glow = 10 * k
    d.rounded_rectangle(
        (cx0 - glow, by0 - glow, cx1 + glow, by1 + glow),
        radius=bh // 2 + glow,
        fill=_mix(marker, (255, 255, 255), 0.55),
    )
    d.rounded_rectangle(
        (cx0 - 4 * k, by0 - 4 * k, cx1 + 4 * k, by1 + 4 * k),
        radius=bh // 2 + 4 * k,
        fill=marker,
    )
    d.rounded_rectangle((cx0, by0, cx1, by1), radius=bh // 2, fill=accent)
    bgap = round(bfont.size * 1.25)
    ty = (by0 + by1) / 2 - bgap * (len(brows) - 1) / 2
    for i, row in enumerate(brows):
        d.text(
            (bx, ty + i * bgap),
            row,
            font=bfont,
            fill=(255, 255, 255),
            anchor="mm",
        )

    tx, ty = cx1 - 42 * k, by1 - 24 * k
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    od = ImageDraw.Draw(overlay)
    for r, alpha in ((40, 70), (27, 120)):
        od.ellipse(
            (tx - r * k, ty - r * k, tx + r * k, ty + r * k), fill=(*marker, alpha)
        )
    od.ellipse(
        (tx - 14 * k, ty - 14 * k, tx + 14 * k, ty + 14 * k), fill=(*marker, 255)
    )
    img = Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")
    _draw_hand(img, tx, ty, k)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(
        ((w // 2 - 70) * k, sy1 - 22 * k, (w // 2 + 70) * k, sy1 - 16 * k),
        radius=3 * k,
        fill=(17, 24, 39),
    )
    return _png(img.reduce(k))
