"""The demo micro-course: activating and using the VNeID app."""

from __future__ import annotations

COURSE = {
    "slug": "kich-hoat-va-su-dung-vneid",
    "level": "basic",
    "estimated_minutes": 15,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["2.6", "2.3", "4.2"],
    "cover": {"icon": "id-card", "color": "#b3261e"},
    # ======================================================================
    # Tiếng Việt
    # ======================================================================
    "vi": {
        "title": "Kích hoạt và sử dụng ứng dụng VNeID",
        "summary": (
            "Học cách kích hoạt tài khoản định danh điện tử trên ứng dụng VNeID "
            "và dùng nó hằng ngày một cách an toàn. Bài học ngắn, dễ hiểu, "
            "làm được ngay trên điện thoại của bạn."
        ),
        "outcomes": [
            (
                "Phân biệt tài khoản định danh điện tử mức độ 1 và mức độ 2, "
                "biết nơi đăng ký mức độ 2."
            ),
            "Tự tải đúng ứng dụng VNeID và kích hoạt tài khoản trên điện thoại.",
            (
                "Xem, xuất trình giấy tờ trong Ví giấy tờ và đăng nhập Cổng Dịch vụ "
                "công quốc gia bằng VNeID."
            ),
            (
                "Giữ bí mật mã OTP, mật khẩu, passcode và nhận ra chiêu lừa đảo "
                "giả danh công an."
            ),
        ],
        "lessons": [
            # --------------------------------------------------------------
            # Bài 1
            # --------------------------------------------------------------
            {
                "title": "VNeID là gì? Tài khoản mức độ 1 và mức độ 2",
                "slug": "vneid-la-gi",
                "summary": (
                    "Hiểu VNeID là gì, khác nhau giữa tài khoản mức độ 1 và "
                    "mức độ 2, và VNeID giúp gì cho bạn."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>VNeID</b> là ứng dụng định danh điện tử do "
                            "<b>Bộ Công an</b> phát triển và quản lý.</p>"
                            "<p>Có thể hiểu đơn giản: VNeID giống như giấy tờ tùy "
                            "thân nằm trong điện thoại. Nó giúp bạn chứng minh "
                            "“tôi là ai” khi làm việc trên mạng.</p>"
                            "<p>Tên đăng nhập của bạn là <b>số định danh cá "
                            "nhân</b>: dãy <b>12 chữ số</b> in trên thẻ Căn "
                            "cước.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "icon": "id-card",
                            "alt": (
                                "Thẻ Căn cước gắn chip, có in số định danh cá "
                                "nhân 12 chữ số"
                            ),
                            "caption": (
                                "Số định danh cá nhân 12 chữ số trên thẻ Căn "
                                "cước cũng là tên đăng nhập VNeID của bạn."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Tài khoản định danh điện tử có hai mức:</p>"
                            "<ul>"
                            "<li><b>Mức độ 1:</b> bạn tự đăng ký trên ứng dụng. "
                            "Tài khoản này chỉ dùng được một số chức năng cơ "
                            "bản.</li>"
                            "<li><b>Mức độ 2:</b> bạn đăng ký <b>trực tiếp tại "
                            "công an xã/phường</b>, mang theo <b>thẻ Căn cước</b> "
                            "hoặc <b>Căn cước công dân gắn chip</b>. Cán bộ sẽ "
                            "chụp ảnh khuôn mặt để xác minh. Nhiều người đã được "
                            "đăng ký mức độ 2 ngay khi làm thẻ Căn cước. Đây là "
                            "mức đầy đủ, dùng được nhiều chức năng nhất.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Với tài khoản <b>mức độ 2</b>, bạn có thể:</p>"
                            "<ul>"
                            "<li>Xem và xuất trình giấy tờ trên điện thoại, như "
                            "căn cước, giấy phép lái xe, thẻ bảo hiểm y tế.</li>"
                            "<li>Làm một số thủ tục hành chính ngay tại nhà.</li>"
                            "<li>Đăng nhập Cổng Dịch vụ công quốc gia.</li>"
                            "</ul>"
                            "<p>Nhờ vậy, bạn đỡ phải mang nhiều giấy tờ, đỡ phải "
                            "đi lại.</p>"
                        ),
                    ),
                    (
                        "tip",
                        (
                            "Ghi nhớ: muốn có tài khoản mức độ 2, hãy mang thẻ Căn "
                            "cước gắn chip và điện thoại có số điện thoại đứng tên "
                            "chính mình đến công an xã/phường nơi bạn ở để được "
                            "đăng ký."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Bài 2
            # --------------------------------------------------------------
            {
                "title": "Kích hoạt tài khoản mức độ 2 trên điện thoại",
                "slug": "kich-hoat-tai-khoan-muc-do-2",
                "summary": (
                    "Làm theo từng bước để tải ứng dụng VNeID đúng nguồn và "
                    "kích hoạt tài khoản mức độ 2."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Sau khi đăng ký mức độ 2 ở công an xã/phường, bạn "
                            "sẽ nhận <b>tin nhắn SMS</b> báo tài khoản đã được "
                            "duyệt. Bây giờ bạn tự kích hoạt trên điện thoại.</p>"
                            "<p>Bạn cần chuẩn bị:</p>"
                            "<ul>"
                            "<li>Điện thoại thông minh có mạng (wifi hoặc "
                            "3G/4G).</li>"
                            "<li><b>Số định danh cá nhân</b> 12 chữ số trên thẻ "
                            "Căn cước.</li>"
                            "<li>Điện thoại đang dùng <b>số điện thoại đã đăng "
                            "ký</b> với công an, để nhận tin nhắn.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><i>Lưu ý: tên nút trên ứng dụng có thể khác một "
                            "chút tùy phiên bản. Nếu không thấy đúng chữ như bài "
                            "học, hãy tìm nút có ý nghĩa giống vậy.</i></p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Tải ứng dụng đúng nguồn",
                                "text": (
                                    "Mở CH Play (Google Play) trên điện thoại "
                                    "Android, hoặc App Store trên iPhone. Gõ "
                                    "tìm “VNeID”. Xem kỹ nhà phát hành là đơn "
                                    "vị thuộc Bộ Công an, rồi bấm Cài đặt. "
                                    "Không tải ứng dụng từ đường link người lạ "
                                    "gửi."
                                ),
                                "screen": {
                                    "app": "CH Play",
                                    "title": "VNeID",
                                    "lines": [
                                        "Nhà phát hành: thuộc Bộ Công an",
                                        "Xem kỹ tên trước khi cài",
                                    ],
                                    "button": "Cài đặt",
                                },
                            },
                            {
                                "title": "Mở ứng dụng và chọn kích hoạt",
                                "text": (
                                    "Mở ứng dụng VNeID. Chọn “Kích hoạt tài "
                                    "khoản định danh điện tử” (hoặc nút có tên "
                                    "gần giống)."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Chào mừng",
                                    "lines": [
                                        "Đăng nhập",
                                        "Đăng ký tài khoản",
                                    ],
                                    "button": "Kích hoạt tài khoản định danh điện tử",
                                },
                            },
                            {
                                "title": "Nhập số định danh và số điện thoại",
                                "text": (
                                    "Nhập số định danh cá nhân 12 chữ số và số "
                                    "điện thoại đã đăng ký với công an. Kiểm "
                                    "tra lại từng số cho đúng, rồi bấm Gửi yêu "
                                    "cầu."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Kích hoạt tài khoản",
                                    "lines": [
                                        "Số định danh cá nhân: 12 chữ số",
                                        "Số điện thoại: số đã đăng ký",
                                    ],
                                    "button": "Gửi yêu cầu",
                                },
                            },
                            {
                                "title": "Làm theo yêu cầu xác thực (nếu có)",
                                "text": (
                                    "Một số phiên bản có thể yêu cầu chụp ảnh "
                                    "khuôn mặt hoặc quét thẻ Căn cước. Hãy làm "
                                    "chậm rãi theo hướng dẫn trên màn hình."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Xác thực khuôn mặt",
                                    "lines": [
                                        "Đưa khuôn mặt vào khung",
                                        "Đứng nơi đủ sáng",
                                        "Giữ điện thoại thẳng",
                                    ],
                                    "button": "Tiếp tục",
                                },
                            },
                            {
                                "title": "Nhập mã kích hoạt từ tin nhắn",
                                "text": (
                                    "Mở tin nhắn SMS vừa nhận, xem mã kích "
                                    "hoạt (mã OTP). Nhập mã này vào ứng dụng. "
                                    "Mã chỉ dùng cho chính bạn, không đọc cho "
                                    "ai khác."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Nhập mã kích hoạt",
                                    "lines": [
                                        "Mã đã gửi qua SMS",
                                        "đến số điện thoại của bạn",
                                        "Không đọc mã cho ai",
                                    ],
                                    "button": "Xác nhận",
                                },
                            },
                            {
                                "title": "Đặt mật khẩu",
                                "text": (
                                    "Tạo mật khẩu đăng nhập rồi nhập lại lần "
                                    "nữa để xác nhận. Ứng dụng sẽ ghi rõ mật "
                                    "khẩu cần có gì (thường gồm chữ hoa, chữ "
                                    "thường, chữ số và ký tự đặc biệt). Chọn "
                                    "mật khẩu bạn nhớ được nhưng người khác "
                                    "khó đoán."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Tạo mật khẩu",
                                    "lines": [
                                        "Mật khẩu: ••••••••",
                                        "Nhập lại mật khẩu: ••••••••",
                                        "Có chữ hoa, chữ thường, số, ký tự đặc biệt",
                                    ],
                                    "button": "Xác nhận",
                                },
                            },
                            {
                                "title": "Đặt mã passcode 6 số",
                                "text": (
                                    "Đăng nhập bằng số định danh và mật khẩu "
                                    "vừa tạo. Ứng dụng sẽ yêu cầu đặt passcode "
                                    "gồm 6 chữ số. Passcode dùng để mở các "
                                    "chức năng quan trọng, như xem giấy tờ. "
                                    "Không dùng ngày sinh hay 123456."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Thiết lập passcode",
                                    "lines": [
                                        "Nhập 6 chữ số",
                                        "● ● ● ● ● ●",
                                        "Không dùng ngày sinh, 123456",
                                    ],
                                    "button": "Xác nhận",
                                },
                            },
                            {
                                "title": "Hoàn tất",
                                "text": (
                                    "Khi màn hình báo thành công, tài khoản "
                                    "của bạn đã sẵn sàng. Từ nay, bạn đăng "
                                    "nhập bằng số định danh cá nhân và mật "
                                    "khẩu."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Thành công",
                                    "lines": [
                                        "Tài khoản đã được kích hoạt",
                                    ],
                                    "button": "Về trang chủ",
                                },
                            },
                        ],
                    ),
                    (
                        "tip",
                        (
                            "Ghi nhớ: nếu không nhận được tin nhắn, hoặc làm mãi "
                            "không được, hãy mang thẻ Căn cước và điện thoại đến "
                            "công an xã/phường để được hướng dẫn trực tiếp. Không "
                            "nhờ người lạ trên mạng kích hoạt giúp."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Bài 3
            # --------------------------------------------------------------
            {
                "title": "Dùng VNeID hằng ngày",
                "slug": "dung-vneid-hang-ngay",
                "summary": (
                    "Biết cách dùng ví giấy tờ, xuất trình giấy tờ, làm thủ "
                    "tục và đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Ví giấy tờ</b> là nơi chứa giấy tờ của bạn "
                            "trong ứng dụng. Tùy từng người, ví có thể có:</p>"
                            "<ul>"
                            "<li>Thẻ Căn cước (căn cước điện tử).</li>"
                            "<li>Giấy phép lái xe.</li>"
                            "<li>Thẻ bảo hiểm y tế (BHYT).</li>"
                            "<li>Đăng ký xe.</li>"
                            "</ul>"
                            "<p>Nếu chưa thấy một giấy tờ, bạn có thể dùng chức "
                            "năng <b>tích hợp giấy tờ</b> (tích hợp thông tin) để "
                            "gửi yêu cầu thêm vào. Sau khi được duyệt, giấy tờ sẽ "
                            "hiện trong ví.</p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Mở ví giấy tờ",
                                "text": (
                                    "Đăng nhập VNeID, chọn “Ví giấy tờ” (tên "
                                    "nút có thể khác một chút tùy phiên bản)."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Trang chủ",
                                    "lines": [
                                        "Thủ tục hành chính",
                                        "Quét mã QR",
                                        "Tích hợp thông tin",
                                    ],
                                    "button": "Ví giấy tờ",
                                },
                            },
                            {
                                "title": "Nhập passcode",
                                "text": (
                                    "Nhập mã passcode 6 số của bạn. Che màn "
                                    "hình khi nhập, không để người khác nhìn "
                                    "thấy."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Nhập passcode",
                                    "lines": [
                                        "● ● ● ● ● ●",
                                        "Che màn hình khi nhập",
                                    ],
                                    "button": "Xác nhận",
                                },
                            },
                            {
                                "title": "Chọn giấy tờ cần xem",
                                "text": (
                                    "Bấm vào giấy tờ cần dùng, ví dụ giấy phép "
                                    "lái xe hoặc thẻ BHYT."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Ví giấy tờ",
                                    "lines": [
                                        "Thẻ Căn cước",
                                        "Thẻ BHYT",
                                        "Đăng ký xe",
                                    ],
                                    "button": "Giấy phép lái xe",
                                },
                            },
                            {
                                "title": "Xuất trình khi được yêu cầu",
                                "text": (
                                    "Đưa màn hình cho người có thẩm quyền xem, "
                                    "hoặc để họ quét mã QR nếu được yêu cầu. "
                                    "Bạn tự cầm điện thoại, không cần đưa mật "
                                    "khẩu cho ai."
                                ),
                                "screen": None,
                            },
                        ],
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Làm thủ tục hành chính:</b> trong VNeID có mục "
                            "thủ tục hành chính. Ví dụ, bạn có thể <b>thông báo "
                            "lưu trú</b> khi có người thân đến ở lại nhà mình, mà "
                            "không cần lên công an. Các thủ tục có sẵn có thể thay "
                            "đổi theo từng phiên bản.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Đăng nhập Cổng Dịch vụ công quốc gia:</b> khi "
                            "làm dịch vụ công trực tuyến, bạn có thể chọn đăng "
                            "nhập bằng <b>tài khoản định danh điện tử "
                            "(VNeID)</b>. Bạn dùng chính số định danh và mật khẩu "
                            "VNeID, hoặc dùng ứng dụng VNeID để quét mã QR trên "
                            "màn hình đăng nhập. Làm theo hướng dẫn hiện ra trên "
                            "trang web.</p>"
                        ),
                    ),
                    (
                        "tip",
                        (
                            "Thử ngay: mở VNeID, vào Ví giấy tờ, nhập passcode và "
                            "xem thẻ Căn cước của bạn. Nếu có giấy phép lái xe hay "
                            "thẻ BHYT, xem chúng đã có trong ví chưa."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Bài 4
            # --------------------------------------------------------------
            {
                "title": "Giữ an toàn tài khoản, nhận biết lừa đảo",
                "slug": "an-toan-va-phong-lua-dao",
                "summary": (
                    "Biết cách bảo vệ tài khoản VNeID và nhận ra các chiêu "
                    "lừa đảo thường gặp."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Tài khoản VNeID chứa thông tin quan trọng của bạn. "
                            "Kẻ gian có thể dùng nó để làm việc xấu dưới tên bạn. "
                            "Hãy nhớ <b>ba điều không bao giờ đưa cho ai</b>:</p>"
                            "<ol>"
                            "<li><b>Mã OTP</b> (mã trong tin nhắn).</li>"
                            "<li><b>Mật khẩu</b> đăng nhập.</li>"
                            "<li><b>Mã passcode</b> 6 số.</li>"
                            "</ol>"
                            "<p>Kể cả người xưng là công an, cán bộ, hay người "
                            "thân nhờ qua mạng cũng <b>không đưa</b>.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "icon": "otp",
                            "alt": "Tin nhắn có mã OTP trên điện thoại",
                            "caption": (
                                "Mã OTP, mật khẩu và passcode là của riêng "
                                "bạn. Không đưa cho bất kỳ ai."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Các chiêu lừa đảo thường gặp:</b></p>"
                            "<ul>"
                            "<li>Gọi điện, nhắn tin, nhắn Zalo <b>giả danh công "
                            "an</b>, nói sẽ “hỗ trợ kích hoạt định danh mức độ 2” "
                            "hoặc “cập nhật thông tin”, rồi xin mã OTP hay mật "
                            "khẩu.</li>"
                            "<li>Gửi <b>đường link lạ</b> bảo bấm vào để cài ứng "
                            "dụng VNeID hoặc ứng dụng “dịch vụ công”. Đây thường "
                            "là <b>ứng dụng giả</b>, có thể chiếm quyền điện thoại "
                            "và lấy tiền trong tài khoản ngân hàng.</li>"
                            "<li>Dọa bạn rằng tài khoản sắp bị khóa, phải làm "
                            "ngay.</li>"
                            "</ul>"
                            "<p><b>Công an không gọi điện để hỏi mã OTP, mật khẩu "
                            "hay passcode</b>, và không hướng dẫn kích hoạt qua "
                            "điện thoại với người lạ.</p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Dừng lại, cúp máy",
                                "text": (
                                    "Khi có người lạ hỏi mã OTP, mật khẩu hay "
                                    "passcode: không trả lời, tắt cuộc gọi "
                                    "ngay."
                                ),
                                "screen": {
                                    "app": "Điện thoại",
                                    "title": "Cuộc gọi đến",
                                    "lines": [
                                        "Số lạ",
                                        "“Tôi là công an, đọc mã OTP",
                                        "để kích hoạt mức độ 2”",
                                    ],
                                    "button": "Kết thúc cuộc gọi",
                                },
                            },
                            {
                                "title": "Không bấm link, không cài gì thêm",
                                "text": (
                                    "Xóa tin nhắn có đường link lạ. Chỉ tải "
                                    "VNeID từ CH Play (Google Play) hoặc App "
                                    "Store, không cài ứng dụng theo link người "
                                    "khác gửi."
                                ),
                                "screen": {
                                    "app": "Tin nhắn",
                                    "title": "Tin nhắn lạ",
                                    "lines": [
                                        "“Tài khoản VNeID sắp bị khóa.",
                                        "Bấm vào link để cập nhật.”",
                                    ],
                                    "button": "Xóa",
                                },
                            },
                            {
                                "title": "Hỏi nơi đáng tin",
                                "text": (
                                    "Nếu còn lo lắng, hãy đến trực tiếp công "
                                    "an xã/phường, hoặc hỏi người thân tin cậy "
                                    "ở gần."
                                ),
                                "screen": None,
                            },
                            {
                                "title": "Nếu lỡ đưa mã",
                                "text": (
                                    "Nếu lỡ đưa mã hoặc mật khẩu cho người lạ, "
                                    "hãy đổi mật khẩu ngay (nếu còn đăng nhập "
                                    "được) và báo ngay cho công an xã/phường."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Đổi mật khẩu",
                                    "lines": [
                                        "Mật khẩu cũ",
                                        "Mật khẩu mới",
                                        "Nhập lại mật khẩu mới",
                                    ],
                                    "button": "Xác nhận",
                                },
                            },
                        ],
                    ),
                    (
                        "tip",
                        (
                            "Ghi nhớ: OTP, mật khẩu, passcode là của riêng bạn. Ai "
                            "hỏi xin, dù xưng là ai, cũng có thể là kẻ lừa đảo."
                        ),
                    ),
                ],
            },
        ],
        "questions": [
            {
                "kind": "single",
                "text": "Muốn có tài khoản định danh điện tử mức độ 2, bạn làm gì?",
                "choices": [
                    {
                        "text": (
                            "Mang thẻ Căn cước gắn chip đến công an xã/phường "
                            "để đăng ký"
                        ),
                        "correct": True,
                    },
                    {"text": "Nhờ người lạ trên mạng đăng ký giúp", "correct": False},
                    {
                        "text": "Bấm vào đường link được gửi qua tin nhắn",
                        "correct": False,
                    },
                    {"text": "Ra cửa hàng điện thoại để mua", "correct": False},
                ],
                "explanation": (
                    "Tài khoản mức độ 2 được đăng ký trực tiếp tại công an "
                    "xã/phường, mang theo thẻ Căn cước hoặc Căn cước công dân "
                    "gắn chip."
                ),
            },
            {
                "kind": "single",
                "text": "Nên tải ứng dụng VNeID ở đâu?",
                "choices": [
                    {
                        "text": "Từ đường link người lạ gửi qua Zalo",
                        "correct": False,
                    },
                    {
                        "text": (
                            "Từ CH Play (Google Play) hoặc App Store, xem đúng "
                            "nhà phát hành"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Từ tệp cài đặt bạn bè gửi qua tin nhắn",
                        "correct": False,
                    },
                ],
                "explanation": (
                    "Chỉ tải VNeID từ CH Play (Google Play) hoặc App Store, và "
                    "xem kỹ nhà phát hành là đơn vị thuộc Bộ Công an. Ứng dụng "
                    "từ link lạ thường là ứng dụng giả."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Những thứ nào bạn không bao giờ được đưa cho người khác? "
                    "(Chọn tất cả câu đúng)"
                ),
                "choices": [
                    {"text": "Mã OTP trong tin nhắn", "correct": True},
                    {"text": "Mật khẩu đăng nhập VNeID", "correct": True},
                    {"text": "Mã passcode 6 số", "correct": True},
                    {
                        "text": "Tên của ứng dụng bạn đang dùng (VNeID)",
                        "correct": False,
                    },
                ],
                "explanation": (
                    "Mã OTP, mật khẩu và passcode là của riêng bạn, không đưa "
                    "cho ai, kể cả người xưng là công an. Còn tên ứng dụng "
                    "VNeID thì ai cũng biết, không phải bí mật."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Trong Ví giấy tờ của VNeID có thể có những giấy tờ nào? "
                    "(Chọn tất cả câu đúng)"
                ),
                "choices": [
                    {"text": "Thẻ Căn cước", "correct": True},
                    {"text": "Giấy phép lái xe", "correct": True},
                    {"text": "Thẻ bảo hiểm y tế", "correct": True},
                    {"text": "Sổ tiết kiệm ngân hàng", "correct": False},
                ],
                "explanation": (
                    "Ví giấy tờ có thể chứa thẻ Căn cước, giấy phép lái xe, "
                    "thẻ BHYT, đăng ký xe. Sổ tiết kiệm không nằm trong ví "
                    "giấy tờ. Nếu còn thiếu giấy tờ, bạn dùng chức năng tích "
                    "hợp giấy tờ để thêm vào."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Công an có thể gọi điện hỏi mã OTP để giúp bạn kích hoạt "
                    "tài khoản VNeID."
                ),
                "answer": False,
                "explanation": (
                    "Sai. Công an không gọi điện để hỏi mã OTP, mật khẩu hay "
                    "passcode. Đây là chiêu lừa đảo. Hãy cúp máy và hỏi trực "
                    "tiếp công an xã/phường."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Bạn có thể dùng tài khoản VNeID của mình để đăng nhập "
                    "Cổng Dịch vụ công quốc gia."
                ),
                "answer": True,
                "explanation": (
                    "Đúng. Khi đăng nhập Cổng Dịch vụ công quốc gia, bạn có "
                    "thể chọn đăng nhập bằng tài khoản định danh điện tử VNeID "
                    "của chính mình."
                ),
            },
            {
                "kind": "picture",
                "text": (
                    "Có người lạ gọi điện. Hình nào là thứ bạn không bao giờ "
                    "được đọc cho họ?"
                ),
                "choices": [
                    {"icon": "farm", "label": "Cánh đồng lúa", "correct": False},
                    {
                        "icon": "otp",
                        "label": "Mã OTP trong tin nhắn",
                        "correct": True,
                    },
                    {"icon": "star", "label": "Ngôi sao", "correct": False},
                    {"icon": "parcel", "label": "Gói hàng", "correct": False},
                ],
                "explanation": (
                    "Mã OTP trong tin nhắn là chìa khóa vào tài khoản của bạn. "
                    "Không bao giờ đọc mã OTP cho người gọi điện, dù họ xưng "
                    "là ai."
                ),
            },
            {
                "kind": "picture",
                "text": (
                    "Số định danh cá nhân 12 chữ số, dùng làm tên đăng nhập "
                    "VNeID, được in trên vật nào?"
                ),
                "choices": [
                    {"icon": "bank", "label": "Ngân hàng", "correct": False},
                    {"icon": "wifi", "label": "Sóng wifi", "correct": False},
                    {
                        "icon": "id-card",
                        "label": "Thẻ Căn cước",
                        "correct": True,
                    },
                    {"icon": "gift", "label": "Hộp quà", "correct": False},
                ],
                "explanation": (
                    "Số định danh cá nhân gồm 12 chữ số, in trên thẻ Căn cước "
                    "của bạn. Còn passcode mới là mã 6 số."
                ),
            },
        ],
    },
    # ======================================================================
    # English
    # ======================================================================
    "en": {
        "title": "Activating and using the VNeID app",
        "summary": (
            "Learn how to activate your electronic identification account in "
            "the VNeID app and use it safely every day. Short, easy lessons "
            "you can follow right away on your own phone."
        ),
        "outcomes": [
            (
                "Tell a level 1 electronic identification account from a level 2 "
                "one, and know where to register for level 2."
            ),
            (
                "Download the genuine VNeID app and activate your account on your "
                "phone by yourself."
            ),
            (
                "View and show documents in the Document wallet and log in to the "
                "National Public Service Portal with VNeID."
            ),
            (
                "Keep your OTP code, password and passcode secret and recognise "
                "scams by people posing as the police."
            ),
        ],
        "lessons": [
            # --------------------------------------------------------------
            # Lesson 1
            # --------------------------------------------------------------
            {
                "title": "What is VNeID? Level 1 and level 2 accounts",
                "slug": "vneid-la-gi",
                "summary": (
                    "Understand what VNeID is, how level 1 and level 2 "
                    "accounts differ, and how VNeID helps you."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>VNeID</b> is the electronic identification app "
                            "developed and managed by the <b>Ministry of Public "
                            "Security</b>.</p>"
                            "<p>Put simply: VNeID is like an identity document "
                            "inside your phone. It helps you prove “who I am” "
                            "when you do things online.</p>"
                            "<p>Your login name is your <b>personal "
                            "identification number</b>: the <b>12-digit</b> "
                            "number printed on your Citizen Identity Card (Căn "
                            "cước).</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "icon": "id-card",
                            "alt": (
                                "A chip-based Citizen Identity Card showing "
                                "the 12-digit personal identification number"
                            ),
                            "caption": (
                                "The 12-digit personal identification number "
                                "on your Citizen Identity Card is also your "
                                "VNeID login name."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Electronic identification accounts have two "
                            "levels:</p>"
                            "<ul>"
                            "<li><b>Level 1:</b> you register by yourself in the "
                            "app. This account can only use a few basic "
                            "features.</li>"
                            "<li><b>Level 2:</b> you register <b>in person at your "
                            "commune or ward police</b>, bringing your <b>Citizen "
                            "Identity Card</b> (Căn cước or chip-based Căn cước "
                            "công dân). An officer takes a photo of your face to "
                            "check it is you. Many people were registered for "
                            "level 2 when they got their identity card. This is "
                            "the full level, with the most features.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>With a <b>level 2</b> account you can:</p>"
                            "<ul>"
                            "<li>View and show documents on your phone, such as "
                            "your identity card, driving licence and health "
                            "insurance card.</li>"
                            "<li>Do some administrative procedures from "
                            "home.</li>"
                            "<li>Log in to the National Public Service "
                            "Portal.</li>"
                            "</ul>"
                            "<p>So you carry fewer papers and make fewer "
                            "trips.</p>"
                        ),
                    ),
                    (
                        "tip",
                        (
                            "Remember: to get a level 2 account, take your chip "
                            "identity card and a phone whose number is registered "
                            "in your own name to the commune or ward police where "
                            "you live."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Lesson 2
            # --------------------------------------------------------------
            {
                "title": "Activating a level 2 account on your phone",
                "slug": "kich-hoat-tai-khoan-muc-do-2",
                "summary": (
                    "Follow the steps to download VNeID from the right place "
                    "and activate your level 2 account."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>After registering for level 2 at the commune or "
                            "ward police, you will get an <b>SMS text "
                            "message</b> saying your account has been approved. "
                            "Now you activate it yourself on your phone.</p>"
                            "<p>You need:</p>"
                            "<ul>"
                            "<li>A smartphone with internet (wifi or "
                            "3G/4G).</li>"
                            "<li>Your 12-digit <b>personal identification "
                            "number</b> from your identity card.</li>"
                            "<li>A phone using the <b>phone number you "
                            "registered</b> with the police, to receive "
                            "messages.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><i>Note: button names in the app may differ a "
                            "little between versions. If you cannot see the exact "
                            "words from this lesson, look for a button with the "
                            "same meaning.</i></p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Download the app from the right place",
                                "text": (
                                    "Open Google Play (CH Play) on an Android "
                                    "phone, or the App Store on an iPhone. "
                                    "Search for “VNeID”. Check carefully that "
                                    "the publisher belongs to the Ministry of "
                                    "Public Security, then tap Install. Never "
                                    "install the app from a link sent by a "
                                    "stranger."
                                ),
                                "screen": {
                                    "app": "Google Play",
                                    "title": "VNeID",
                                    "lines": [
                                        "Publisher: Ministry of Public Security",
                                        "Check the name before installing",
                                    ],
                                    "button": "Install",
                                },
                            },
                            {
                                "title": "Open the app and choose to activate",
                                "text": (
                                    "Open the VNeID app. Choose “Activate "
                                    "electronic identification account” (or a "
                                    "button with a similar name)."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Welcome",
                                    "lines": [
                                        "Log in",
                                        "Register an account",
                                    ],
                                    "button": (
                                        "Activate electronic identification account"
                                    ),
                                },
                            },
                            {
                                "title": "Enter your ID number and phone number",
                                "text": (
                                    "Enter your 12-digit personal "
                                    "identification number and the phone "
                                    "number registered with the police. Check "
                                    "each digit, then tap Send request."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Activate account",
                                    "lines": [
                                        "Personal ID number: 12 digits",
                                        "Phone number: the registered one",
                                    ],
                                    "button": "Send request",
                                },
                            },
                            {
                                "title": "Complete the verification (if asked)",
                                "text": (
                                    "Some versions may ask you to take a photo "
                                    "of your face or scan your identity card. "
                                    "Go slowly and follow the instructions on "
                                    "the screen."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Face verification",
                                    "lines": [
                                        "Put your face inside the frame",
                                        "Stand somewhere bright",
                                        "Hold the phone straight",
                                    ],
                                    "button": "Continue",
                                },
                            },
                            {
                                "title": "Enter the activation code from the SMS",
                                "text": (
                                    "Open the SMS you just received and find "
                                    "the activation code (OTP code). Type it "
                                    "into the app. The code is for you alone: "
                                    "never read it out to anyone."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Enter activation code",
                                    "lines": [
                                        "Code sent by SMS",
                                        "to your phone number",
                                        "Never read the code to anyone",
                                    ],
                                    "button": "Confirm",
                                },
                            },
                            {
                                "title": "Set a password",
                                "text": (
                                    "Create a login password, then type it "
                                    "again to confirm. The app will say what "
                                    "the password needs (usually capital "
                                    "letters, small letters, digits and a "
                                    "special character). Choose a password "
                                    "you can remember but others cannot "
                                    "guess."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Create password",
                                    "lines": [
                                        "Password: ••••••••",
                                        "Repeat password: ••••••••",
                                        "Capitals, small letters, digits, symbol",
                                    ],
                                    "button": "Confirm",
                                },
                            },
                            {
                                "title": "Set a 6-digit passcode",
                                "text": (
                                    "Log in with your ID number and the new "
                                    "password. The app will ask you to set a "
                                    "6-digit passcode. The passcode opens "
                                    "important features, such as viewing "
                                    "documents. Do not use your birthday or "
                                    "123456."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Set passcode",
                                    "lines": [
                                        "Enter 6 digits",
                                        "● ● ● ● ● ●",
                                        "Not your birthday, not 123456",
                                    ],
                                    "button": "Confirm",
                                },
                            },
                            {
                                "title": "Done",
                                "text": (
                                    "When the screen shows success, your "
                                    "account is ready. From now on, you log "
                                    "in with your personal identification "
                                    "number and password."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Success",
                                    "lines": [
                                        "Your account has been activated",
                                    ],
                                    "button": "Go to home screen",
                                },
                            },
                        ],
                    ),
                    (
                        "tip",
                        (
                            "Remember: if the text message does not arrive, or "
                            "you keep getting stuck, take your identity card and "
                            "phone to the commune or ward police for help in "
                            "person. Never ask strangers online to activate it "
                            "for you."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Lesson 3
            # --------------------------------------------------------------
            {
                "title": "Using VNeID every day",
                "slug": "dung-vneid-hang-ngay",
                "summary": (
                    "Learn to use the Document wallet, show documents, do "
                    "procedures and log in to the National Public Service "
                    "Portal with VNeID."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The <b>Document wallet</b> is where your "
                            "documents are kept in the app. Depending on the "
                            "person, it may hold:</p>"
                            "<ul>"
                            "<li>Your Citizen Identity Card (electronic "
                            "identity).</li>"
                            "<li>Driving licence.</li>"
                            "<li>Health insurance card.</li>"
                            "<li>Vehicle registration.</li>"
                            "</ul>"
                            "<p>If a document is missing, you can use the "
                            "<b>document integration</b> (integrate information) "
                            "feature to ask for it to be added. Once approved, "
                            "the document appears in the wallet.</p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Open the Document wallet",
                                "text": (
                                    "Log in to VNeID and choose “Document "
                                    "wallet” (the button name may differ a "
                                    "little between versions)."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Home",
                                    "lines": [
                                        "Administrative procedures",
                                        "Scan QR code",
                                        "Integrate information",
                                    ],
                                    "button": "Document wallet",
                                },
                            },
                            {
                                "title": "Enter your passcode",
                                "text": (
                                    "Enter your 6-digit passcode. Cover the "
                                    "screen while typing so nobody else can "
                                    "see it."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Enter passcode",
                                    "lines": [
                                        "● ● ● ● ● ●",
                                        "Cover the screen while typing",
                                    ],
                                    "button": "Confirm",
                                },
                            },
                            {
                                "title": "Choose the document you need",
                                "text": (
                                    "Tap the document you need, for example "
                                    "your driving licence or health insurance "
                                    "card."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Document wallet",
                                    "lines": [
                                        "Citizen Identity Card",
                                        "Health insurance card",
                                        "Vehicle registration",
                                    ],
                                    "button": "Driving licence",
                                },
                            },
                            {
                                "title": "Show it when asked",
                                "text": (
                                    "Show the screen to the official who asks, "
                                    "or let them scan the QR code if "
                                    "requested. Keep the phone in your own "
                                    "hand; you never need to give anyone your "
                                    "password."
                                ),
                                "screen": None,
                            },
                        ],
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Doing administrative procedures:</b> VNeID has "
                            "a section for administrative procedures. For "
                            "example, you can <b>report temporary stay</b> when a "
                            "relative comes to stay at your home, without going "
                            "to the police station. The procedures available may "
                            "change between versions.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Logging in to the National Public Service "
                            "Portal:</b> when using online public services, you "
                            "can choose to log in with your <b>electronic "
                            "identification account (VNeID)</b>. Use your VNeID "
                            "ID number and password, or use the VNeID app to scan "
                            "the QR code on the login screen. Follow the "
                            "instructions shown on the website.</p>"
                        ),
                    ),
                    (
                        "tip",
                        (
                            "Try it yourself: open VNeID, go to the Document "
                            "wallet, enter your passcode and look at your identity "
                            "card. If you have a driving licence or health "
                            "insurance card, check whether they are in the wallet "
                            "yet."
                        ),
                    ),
                ],
            },
            # --------------------------------------------------------------
            # Lesson 4
            # --------------------------------------------------------------
            {
                "title": "Keeping your account safe and spotting scams",
                "slug": "an-toan-va-phong-lua-dao",
                "summary": (
                    "Learn how to protect your VNeID account and recognise "
                    "common scams."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Your VNeID account holds important information "
                            "about you. Criminals could use it to do bad things in "
                            "your name. Remember <b>three things you never give to "
                            "anyone</b>:</p>"
                            "<ol>"
                            "<li>Your <b>OTP code</b> (the code in a text "
                            "message).</li>"
                            "<li>Your login <b>password</b>.</li>"
                            "<li>Your 6-digit <b>passcode</b>.</li>"
                            "</ol>"
                            "<p>Even if the person says they are the police, an "
                            "official, or a relative asking online: <b>do not give "
                            "them</b>.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "icon": "otp",
                            "alt": "A text message with an OTP code on a phone",
                            "caption": (
                                "Your OTP code, password and passcode are "
                                "yours alone. Never give them to anyone."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Common scams:</b></p>"
                            "<ul>"
                            "<li>Calls, text messages or Zalo messages from people "
                            "<b>posing as the police</b>, saying they will “help "
                            "activate level 2 identification” or “update your "
                            "information”, then asking for your OTP code or "
                            "password.</li>"
                            "<li>A <b>strange link</b> telling you to tap it to "
                            "install VNeID or a “public service” app. These are "
                            "usually <b>fake apps</b> that can take control of "
                            "your phone and steal money from your bank "
                            "account.</li>"
                            "<li>Threats that your account is about to be locked "
                            "and you must act right now.</li>"
                            "</ul>"
                            "<p><b>The police do not call to ask for your OTP "
                            "code, password or passcode</b>, and they do not guide "
                            "strangers through activation over the phone.</p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Stop and hang up",
                                "text": (
                                    "When a stranger asks for your OTP code, "
                                    "password or passcode: do not answer, end "
                                    "the call at once."
                                ),
                                "screen": {
                                    "app": "Phone",
                                    "title": "Incoming call",
                                    "lines": [
                                        "Unknown number",
                                        "“I am the police, read me the OTP",
                                        "to activate level 2”",
                                    ],
                                    "button": "End call",
                                },
                            },
                            {
                                "title": "Do not tap links or install anything",
                                "text": (
                                    "Delete messages with strange links. Only "
                                    "download VNeID from Google Play (CH Play) "
                                    "or the App Store; never install apps from "
                                    "links other people send you."
                                ),
                                "screen": {
                                    "app": "Messages",
                                    "title": "Strange message",
                                    "lines": [
                                        "“Your VNeID account will be locked.",
                                        "Tap the link to update.”",
                                    ],
                                    "button": "Delete",
                                },
                            },
                            {
                                "title": "Ask someone you trust",
                                "text": (
                                    "If you are still worried, go in person to "
                                    "the commune or ward police, or ask a "
                                    "trusted relative nearby."
                                ),
                                "screen": None,
                            },
                            {
                                "title": "If you gave the code away",
                                "text": (
                                    "If you gave a code or password to a "
                                    "stranger, change your password at once "
                                    "(if you can still log in) and report it "
                                    "straight away to the commune or ward "
                                    "police."
                                ),
                                "screen": {
                                    "app": "VNeID",
                                    "title": "Change password",
                                    "lines": [
                                        "Old password",
                                        "New password",
                                        "Repeat new password",
                                    ],
                                    "button": "Confirm",
                                },
                            },
                        ],
                    ),
                    (
                        "tip",
                        (
                            "Remember: your OTP code, password and passcode are "
                            "yours alone. Anyone who asks for them, whoever they "
                            "say they are, may be a scammer."
                        ),
                    ),
                ],
            },
        ],
        "questions": [
            {
                "kind": "single",
                "text": (
                    "What should you do to get a level 2 electronic "
                    "identification account?"
                ),
                "choices": [
                    {
                        "text": (
                            "Take your chip identity card to the commune or "
                            "ward police to register"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "Ask a stranger online to register for you",
                        "correct": False,
                    },
                    {
                        "text": "Tap a link sent to you in a text message",
                        "correct": False,
                    },
                    {"text": "Buy one at a phone shop", "correct": False},
                ],
                "explanation": (
                    "A level 2 account is registered in person at the commune "
                    "or ward police, bringing your Căn cước card or chip-based "
                    "Căn cước công dân card."
                ),
            },
            {
                "kind": "single",
                "text": "Where should you download the VNeID app from?",
                "choices": [
                    {
                        "text": "From a link a stranger sent on Zalo",
                        "correct": False,
                    },
                    {
                        "text": (
                            "From Google Play (CH Play) or the App Store, "
                            "checking the publisher"
                        ),
                        "correct": True,
                    },
                    {
                        "text": "From an install file a friend sent by message",
                        "correct": False,
                    },
                ],
                "explanation": (
                    "Only download VNeID from Google Play (CH Play) or the App "
                    "Store, and check that the publisher belongs to the "
                    "Ministry of Public Security. Apps from strange links are "
                    "usually fake."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these must you never give to anyone else? "
                    "(Choose all correct answers)"
                ),
                "choices": [
                    {"text": "The OTP code in a text message", "correct": True},
                    {"text": "Your VNeID login password", "correct": True},
                    {"text": "Your 6-digit passcode", "correct": True},
                    {
                        "text": "The name of the app you use (VNeID)",
                        "correct": False,
                    },
                ],
                "explanation": (
                    "Your OTP code, password and passcode are yours alone; "
                    "never give them to anyone, even someone claiming to be "
                    "the police. The app name VNeID is known to everyone and "
                    "is not a secret."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which documents can be in the VNeID Document wallet? "
                    "(Choose all correct answers)"
                ),
                "choices": [
                    {"text": "Citizen Identity Card", "correct": True},
                    {"text": "Driving licence", "correct": True},
                    {"text": "Health insurance card", "correct": True},
                    {"text": "Bank savings book", "correct": False},
                ],
                "explanation": (
                    "The Document wallet can hold your identity card, driving "
                    "licence, health insurance card and vehicle registration. "
                    "A savings book is not in the wallet. If a document is "
                    "missing, use the document integration feature to add it."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "The police may call you to ask for your OTP code to help "
                    "you activate your VNeID account."
                ),
                "answer": False,
                "explanation": (
                    "False. The police do not call to ask for your OTP code, "
                    "password or passcode. This is a scam. Hang up and ask the "
                    "commune or ward police in person."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "You can use your own VNeID account to log in to the "
                    "National Public Service Portal."
                ),
                "answer": True,
                "explanation": (
                    "True. When logging in to the National Public Service "
                    "Portal, you can choose to log in with your own VNeID "
                    "electronic identification account."
                ),
            },
            {
                "kind": "picture",
                "text": (
                    "A stranger calls you. Which picture shows what you must "
                    "never read out to them?"
                ),
                "choices": [
                    {"icon": "farm", "label": "A rice field", "correct": False},
                    {
                        "icon": "otp",
                        "label": "An OTP code in a text message",
                        "correct": True,
                    },
                    {"icon": "star", "label": "A star", "correct": False},
                    {"icon": "parcel", "label": "A parcel", "correct": False},
                ],
                "explanation": (
                    "The OTP code in a text message is the key to your "
                    "account. Never read an OTP code to a caller, whoever they "
                    "say they are."
                ),
            },
            {
                "kind": "picture",
                "text": (
                    "Your 12-digit personal identification number, used as "
                    "your VNeID login name, is printed on which item?"
                ),
                "choices": [
                    {"icon": "bank", "label": "A bank", "correct": False},
                    {"icon": "wifi", "label": "A wifi signal", "correct": False},
                    {
                        "icon": "id-card",
                        "label": "A Citizen Identity Card",
                        "correct": True,
                    },
                    {"icon": "gift", "label": "A gift box", "correct": False},
                ],
                "explanation": (
                    "The personal identification number has 12 digits and is "
                    "printed on your identity card. The passcode is the "
                    "6-digit code."
                ),
            },
        ],
    },
}
