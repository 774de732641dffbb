"""What a phone remembers about itself in cookies: larger text, the data saver, and
the id of a phone shared by a family. Read once per request for templates."""

TEXT_SIZE_COOKIE = "text_size"
DATA_SAVER_COOKIE = "data_saver"
SHARED_PHONE_COOKIE = "hocvuso_phone"


def device(request) -> dict:
    """Context processor: this phone's choices, as plain booleans for templates."""
    cookies = request.COOKIES
    return {
        "large_text": cookies.get(TEXT_SIZE_COOKIE) == "large",
        "data_saver": cookies.get(DATA_SAVER_COOKIE) == "on",
        "shared_phone": SHARED_PHONE_COOKIE in cookies,
    }
