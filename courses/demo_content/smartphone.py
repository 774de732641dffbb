"""The demo micro-course: first steps with a smartphone and with Zalo."""

from __future__ import annotations

VI = {
    "title": "Làm quen điện thoại thông minh và Zalo",
    "summary": (
        "Khóa học cho người mới dùng điện thoại thông minh. Bạn học cách bật "
        "máy, sạc pin, chỉnh âm lượng và cỡ chữ, bắt Wi-Fi, cài ứng dụng đúng "
        "nguồn. Sau đó bạn cài Zalo để nhắn tin, gửi ghi âm, gửi ảnh, gọi "
        "video cho con cháu, vào nhóm gia đình, nhóm thôn và khóa màn hình "
        "cho an toàn."
    ),
    "outcomes": [
        "Bật, tắt, sạc pin, chỉnh âm lượng và làm chữ to hơn trên điện thoại.",
        ("Bắt Wi-Fi, bật dữ liệu di động và cài ứng dụng từ kho ứng dụng chính thức."),
        (
            "Đăng ký Zalo bằng số điện thoại, kết bạn, nhắn tin, gửi ghi âm, "
            "gửi ảnh và gọi video."
        ),
        (
            "Vào nhóm gia đình, nhóm thôn một cách an toàn và đặt khóa màn "
            "hình cho điện thoại."
        ),
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Bài 1
        # ------------------------------------------------------------------
        {
            "title": "Bật máy, sạc pin, chỉnh âm lượng và cỡ chữ",
            "slug": "bat-may-sac-pin-am-luong-co-chu",
            "summary": (
                "Biết các nút trên điện thoại, cách sạc pin an toàn và cách "
                "làm chữ to, dễ đọc."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Điện thoại thông minh có <b>màn hình cảm ứng</b>. Bạn "
                    "<b>chạm nhẹ</b> bằng đầu ngón tay để chọn, <b>vuốt</b> "
                    "để chuyển trang. Không cần bấm mạnh.</p>"
                    "<p>Trên cạnh máy thường có:</p>"
                    "<ul>"
                    "<li><b>Nút nguồn</b>: để bật, tắt máy và tắt màn hình.</li>"
                    "<li><b>Hai nút âm lượng</b>: nút trên cho to lên, nút "
                    "dưới cho nhỏ xuống.</li>"
                    "</ul>"
                    "<p>Mỗi hãng đặt nút hơi khác nhau. Nếu chưa rõ, hãy nhờ "
                    "con cháu hoặc người bán máy chỉ cho một lần.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Bật và tắt máy",
                            "text": (
                                "Nhấn và giữ nút nguồn khoảng 3 giây, đến khi "
                                "màn hình sáng lên. Muốn tắt máy, cũng nhấn giữ "
                                "nút nguồn, rồi chạm “Tắt nguồn”."
                            ),
                            "screen": {
                                "app": "Điện thoại",
                                "title": "Tùy chọn nguồn",
                                "lines": ["Tắt nguồn", "Khởi động lại"],
                                "button": "Tắt nguồn",
                            },
                        },
                        {
                            "title": "Sạc pin an toàn",
                            "text": (
                                "Cắm bộ sạc vào ổ điện rồi cắm dây vào điện "
                                "thoại. Hình cục pin có tia sét là máy đang "
                                "sạc. Dùng bộ sạc đi kèm máy hoặc loại tốt, rõ "
                                "nguồn gốc. Không sạc dưới gối, trong chăn. "
                                "Rút sạc nếu máy nóng bất thường."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Chỉnh âm lượng",
                            "text": (
                                "Bấm nút âm lượng trên cạnh máy. Một thanh âm "
                                "lượng hiện ra. Bấm nút trên để to hơn, nút "
                                "dưới để nhỏ hơn. Nếu không nghe chuông, xem "
                                "máy có đang để chế độ im lặng không."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Âm thanh",
                                "lines": [
                                    "Nhạc chuông",
                                    "Thông báo",
                                    "Chế độ im lặng: Tắt",
                                ],
                                "button": "Nhạc chuông",
                            },
                        },
                        {
                            "title": "Mở phần Màn hình trong Cài đặt",
                            "text": (
                                "Chạm biểu tượng bánh răng “Cài đặt”, rồi chọn "
                                "“Màn hình” (trên iPhone là “Màn hình & Độ "
                                "sáng”)."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Cài đặt",
                                "lines": ["Wi-Fi", "Âm thanh", "Màn hình", "Pin"],
                                "button": "Màn hình",
                            },
                        },
                        {
                            "title": "Làm chữ to hơn",
                            "text": (
                                "Chọn “Cỡ chữ” (có máy ghi “Kích thước phông "
                                "chữ”). Kéo thanh trượt sang phải cho đến khi "
                                "bạn đọc chữ thấy dễ chịu."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Cỡ chữ",
                                "lines": ["Xin chào bác!", "Nhỏ  ——●——  Lớn"],
                                "button": "Kéo sang phải",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "phone",
                        "alt": "Một chiếc điện thoại thông minh",
                        "caption": ("Nút nguồn và nút âm lượng thường nằm ở cạnh máy."),
                    },
                ),
                (
                    "tip",
                    "Thử ngay: bấm nút âm lượng cho to lên, rồi vào Cài đặt "
                    "làm chữ to hơn một nấc. Đọc thử một tin nhắn xem đã dễ "
                    "nhìn chưa.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 2
        # ------------------------------------------------------------------
        {
            "title": "Bắt Wi-Fi, bật dữ liệu di động và cài ứng dụng",
            "slug": "wi-fi-du-lieu-di-dong-cai-ung-dung",
            "summary": (
                "Kết nối mạng cho điện thoại và cài ứng dụng từ kho ứng dụng "
                "chính thức."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Điện thoại cần có mạng để nhắn tin Zalo, gọi video "
                    "hay xem tin tức. Có hai cách:</p>"
                    "<ul>"
                    "<li><b>Wi-Fi</b>: mạng internet trong nhà, quán, trụ sở "
                    "xã. Cần biết tên mạng và mật khẩu.</li>"
                    "<li><b>Dữ liệu di động</b> (3G/4G/5G): dùng sóng của nhà "
                    "mạng, tính vào gói cước của bạn. Hỏi nhà mạng hoặc cửa "
                    "hàng để đăng ký gói phù hợp.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở Wi-Fi",
                            "text": (
                                "Vào “Cài đặt”, chạm “Wi-Fi” (có máy ghi “Kết "
                                "nối”, rồi “Wi-Fi”). Gạt nút cho Wi-Fi bật lên."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Wi-Fi",
                                "lines": ["Wi-Fi: Bật", "Nha Ba Tu", "Quan Ca Phe"],
                                "button": "Nha Ba Tu",
                            },
                        },
                        {
                            "title": "Nhập mật khẩu Wi-Fi",
                            "text": (
                                "Chạm tên mạng nhà mình. Gõ mật khẩu Wi-Fi "
                                "(hỏi người lắp mạng hoặc xem sau cục phát). "
                                "Chú ý chữ hoa, chữ thường, rồi chạm “Kết nối”."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Nha Ba Tu",
                                "lines": ["Mật khẩu: ••••••••", "Hiện mật khẩu"],
                                "button": "Kết nối",
                            },
                        },
                        {
                            "title": "Bật dữ liệu di động khi ra ngoài",
                            "text": (
                                "Vuốt từ mép trên màn hình xuống để mở bảng "
                                "nhanh. Chạm biểu tượng “Dữ liệu di động” cho "
                                "sáng lên. Khi không dùng, chạm lần nữa để tắt."
                            ),
                            "screen": {
                                "app": "Bảng nhanh",
                                "title": "Cài đặt nhanh",
                                "lines": ["Wi-Fi", "Dữ liệu di động", "Đèn pin"],
                                "button": "Dữ liệu di động",
                            },
                        },
                        {
                            "title": "Cài ứng dụng từ kho chính thức",
                            "text": (
                                "Máy Android mở “CH Play” (Google Play), iPhone "
                                "mở “App Store”. Gõ tên ứng dụng vào ô tìm "
                                "kiếm, xem đúng tên và nhà phát hành, rồi chạm "
                                "“Cài đặt” (iPhone: “Nhận”)."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Kết quả tìm kiếm",
                                "lines": ["Zalo", "Nhà phát hành: Zalo"],
                                "button": "Cài đặt",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "wifi",
                        "alt": "Biểu tượng Wi-Fi hình những vạch sóng",
                        "caption": (
                            "Thấy biểu tượng này ở đầu màn hình là máy đã bắt "
                            "được Wi-Fi."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Chỉ cài ứng dụng từ CH Play hoặc App Store.</b> "
                    "Không cài ứng dụng theo đường link hay tệp người lạ gửi "
                    "qua tin nhắn. Ứng dụng giả có thể lấy cắp tiền và thông "
                    "tin của bạn.</p>"
                    "<p>Wi-Fi miễn phí ở nơi công cộng dùng để xem tin thì "
                    "được, nhưng <b>không nên mở ứng dụng ngân hàng</b> khi "
                    "dùng Wi-Fi lạ.</p>",
                ),
                (
                    "tip",
                    "Ghi nhớ: ở nhà thì dùng Wi-Fi, ra ngoài mới bật dữ liệu "
                    "di động. Cài ứng dụng chỉ từ CH Play hoặc App Store.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 3
        # ------------------------------------------------------------------
        {
            "title": "Cài Zalo, đăng ký và kết bạn",
            "slug": "cai-zalo-dang-ky-ket-ban",
            "summary": (
                "Cài Zalo, tạo tài khoản bằng số điện thoại của mình và "
                "thêm người thân vào danh bạ Zalo."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Zalo</b> là ứng dụng nhắn tin, gọi điện miễn phí "
                    "qua mạng, rất nhiều người Việt Nam dùng. Gọi Zalo dùng "
                    "Wi-Fi hoặc dữ liệu di động, không trừ tiền phút gọi "
                    "thường.</p>"
                    "<p>Bạn cần chuẩn bị: điện thoại có mạng, và <b>số điện "
                    "thoại đứng tên chính mình</b> đang lắp trong máy để nhận "
                    "mã kích hoạt.</p>"
                    "<p><i>Lưu ý: tên nút trong Zalo có thể khác một chút tùy "
                    "phiên bản. Hãy tìm nút có ý nghĩa giống vậy.</i></p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Cài Zalo",
                            "text": (
                                "Mở CH Play hoặc App Store, tìm “Zalo”. Chọn "
                                "ứng dụng có biểu tượng chữ Zalo màu xanh, "
                                "chạm “Cài đặt”, chờ cài xong rồi chạm “Mở”."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Zalo",
                                "lines": ["Nhắn tin, gọi điện miễn phí"],
                                "button": "Mở",
                            },
                        },
                        {
                            "title": "Tạo tài khoản mới",
                            "text": (
                                "Chạm “Tạo tài khoản mới”. Nhập số điện thoại "
                                "của bạn, đọc và đồng ý điều khoản, rồi chạm "
                                "“Tiếp tục”."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Tạo tài khoản",
                                "lines": ["Số điện thoại: 09xx xxx xxx"],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Nhập mã kích hoạt",
                            "text": (
                                "Zalo gửi mã kích hoạt bằng tin nhắn SMS (hoặc "
                                "cuộc gọi) đến số của bạn. Nhập mã vào Zalo. "
                                "Mã này chỉ dành cho bạn, không đọc cho ai."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Nhập mã kích hoạt",
                                "lines": ["Mã đã gửi đến số của bạn", "_ _ _ _ _ _"],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Nhập tên của bạn",
                            "text": (
                                "Gõ tên thật để người thân dễ nhận ra, ví dụ "
                                "“Nguyễn Văn Tư”. Làm tiếp theo hướng dẫn trên "
                                "màn hình. Có thể thêm ảnh đại diện sau."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Tên Zalo",
                                "lines": ["Nguyễn Văn Tư"],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Thêm bạn bằng số điện thoại",
                            "text": (
                                "Ở màn hình chính, chạm dấu “+” góc trên, chọn "
                                "“Thêm bạn”. Gõ số điện thoại của người thân, "
                                "chạm tìm. Thấy đúng tên, đúng ảnh thì chạm "
                                "“Kết bạn”. Khi họ đồng ý, hai người thành bạn "
                                "bè trên Zalo."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Thêm bạn",
                                "lines": ["Số điện thoại người thân", "Nguyễn Thị Lan"],
                                "button": "Kết bạn",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "otp",
                        "alt": "Mã kích hoạt gồm các chữ số trong tin nhắn",
                        "caption": "Mã kích hoạt Zalo chỉ để bạn tự nhập.",
                    },
                ),
                (
                    "tip",
                    "Ghi nhớ: nếu có người nhắn “gửi nhầm mã Zalo vào máy "
                    "bạn”, nhờ đọc lại mã, thì đó là kẻ gian muốn chiếm tài "
                    "khoản. Không đọc mã cho ai, kể cả người quen nhắn tin "
                    "nhờ.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 4
        # ------------------------------------------------------------------
        {
            "title": "Nhắn tin, gửi ghi âm, gửi ảnh và gọi video",
            "slug": "nhan-tin-ghi-am-gui-anh-goi-video",
            "summary": (
                "Trò chuyện với người thân trên Zalo bằng chữ, bằng giọng "
                "nói, bằng ảnh và bằng cuộc gọi video."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Ở thẻ <b>“Tin nhắn”</b> của Zalo, bạn thấy danh sách "
                    "những người đã trò chuyện. Chạm vào tên một người để mở "
                    "khung chat. Chưa thấy tên thì gõ tên vào ô "
                    "<b>“Tìm kiếm”</b> ở trên cùng.</p>"
                    "<p>Ngại gõ chữ? Bạn cứ <b>gửi ghi âm</b>: nói như gọi "
                    "điện, người nhận bấm vào để nghe.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Gửi tin nhắn chữ",
                            "text": (
                                "Mở khung chat, chạm vào ô “Tin nhắn” ở dưới "
                                "cùng. Gõ chữ, rồi chạm nút gửi (mũi tên màu "
                                "xanh)."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Con gái Lan",
                                "lines": ["Mẹ ăn cơm chưa?", "Mẹ ăn rồi con ạ"],
                                "button": "Gửi",
                            },
                        },
                        {
                            "title": "Gửi tin nhắn thoại (ghi âm)",
                            "text": (
                                "Chạm hình micro cạnh ô tin nhắn. Nhấn và giữ "
                                "nút micro, nói vào máy. Buông tay ra là tin "
                                "được gửi đi."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Con gái Lan",
                                "lines": ["Nhấn giữ để ghi âm", "Buông tay để gửi"],
                                "button": "Micro",
                            },
                        },
                        {
                            "title": "Gửi ảnh",
                            "text": (
                                "Chạm hình bức tranh cạnh ô tin nhắn. Chọn ảnh "
                                "muốn gửi (dấu tích hiện lên), rồi chạm nút "
                                "gửi."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Chọn ảnh",
                                "lines": ["Ảnh vườn rau ✓", "Ảnh cháu nội"],
                                "button": "Gửi",
                            },
                        },
                        {
                            "title": "Gọi video",
                            "text": (
                                "Trong khung chat, chạm hình máy quay ở góc "
                                "trên bên phải. Chờ người kia nghe máy. Muốn "
                                "kết thúc thì chạm nút đỏ."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Con gái Lan",
                                "lines": ["Gọi thoại", "Gọi video"],
                                "button": "Gọi video",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "chat",
                        "alt": "Hai bong bóng trò chuyện",
                        "caption": "Nhắn tin Zalo: gõ chữ, gửi ghi âm hoặc ảnh.",
                    },
                ),
                (
                    "tip",
                    "Thử ngay: gửi cho một người thân một tin nhắn chữ, một "
                    "đoạn ghi âm “Bố/mẹ đang tập dùng Zalo” và một tấm ảnh. "
                    "Sau đó thử gọi video cho họ.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 5
        # ------------------------------------------------------------------
        {
            "title": "Vào nhóm gia đình, nhóm thôn và khóa màn hình",
            "slug": "vao-nhom-va-khoa-man-hinh",
            "summary": (
                "Tham gia nhóm Zalo một cách an toàn và đặt mã khóa để người "
                "lạ không mở được điện thoại của bạn."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Nhiều gia đình có <b>nhóm Zalo</b> để cả nhà cùng trò "
                    "chuyện. Nhiều thôn, tổ dân phố cũng có nhóm để báo tin "
                    "họp, lịch tiêm, thông báo của xã, phường.</p>"
                    "<p>Bạn có thể vào nhóm bằng ba cách: người trong nhóm "
                    "<b>thêm bạn vào</b>, gửi cho bạn <b>đường link nhóm</b>, "
                    "hoặc cho bạn quét <b>mã QR của nhóm</b>.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Vào nhóm bằng link hoặc mã QR",
                            "text": (
                                "Chạm đường link nhóm mà người quen gửi. Hoặc "
                                "chạm biểu tượng quét mã QR ở trên cùng Zalo, "
                                "đưa camera vào mã QR của nhóm. Chạm “Tham gia "
                                "nhóm”. Có nhóm phải chờ trưởng nhóm duyệt."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Nhóm Thôn Đông",
                                "lines": ["Nhóm · 120 thành viên"],
                                "button": "Tham gia nhóm",
                            },
                        },
                        {
                            "title": "Mở phần khóa màn hình",
                            "text": (
                                "Vào “Cài đặt”, chọn “Màn hình khóa” hoặc “Bảo "
                                "mật”. Trên iPhone chọn “Face ID & Mật mã” "
                                "(hoặc “Touch ID & Mật mã”)."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Màn hình khóa",
                                "lines": ["Kiểu khóa màn hình: Vuốt"],
                                "button": "Kiểu khóa màn hình",
                            },
                        },
                        {
                            "title": "Đặt mã PIN",
                            "text": (
                                "Chọn “Mã PIN”. Nhập một dãy số dễ nhớ với bạn "
                                "nhưng khó đoán, không dùng ngày sinh hay "
                                "123456. Nhập lại lần nữa để xác nhận."
                            ),
                            "screen": {
                                "app": "Cài đặt",
                                "title": "Kiểu khóa màn hình",
                                "lines": ["Vuốt", "Hình vẽ", "Mã PIN", "Mật khẩu"],
                                "button": "Mã PIN",
                            },
                        },
                        {
                            "title": "Thêm vân tay hoặc khuôn mặt (nếu có)",
                            "text": (
                                "Nhiều máy cho mở khóa nhanh bằng vân tay hoặc "
                                "khuôn mặt. Làm theo hướng dẫn trên màn hình. "
                                "Mã PIN vẫn cần nhớ để dùng khi cần."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Giữ an toàn trong nhóm:</b></p>"
                    "<ul>"
                    "<li>Chỉ vào nhóm do người quen hoặc cán bộ thôn, tổ dân "
                    "phố giới thiệu.</li>"
                    "<li>Không bấm link lạ, không chuyển tiền theo tin nhắn "
                    "trong nhóm khi chưa gọi hỏi lại người thật.</li>"
                    "<li>Không gửi mã OTP, mật khẩu vào nhóm hay cho bất kỳ "
                    "ai.</li>"
                    "<li>Nói năng lịch sự. Tin chưa rõ thật giả thì đừng chia "
                    "sẻ tiếp.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Ghi nhớ: sợ quên mã PIN thì ghi ra giấy, cất ở chỗ kín "
                    "trong nhà. Không dán mã lên điện thoại, không đọc mã cho "
                    "người lạ.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": "Cách an toàn để cài một ứng dụng mới, như Zalo, là gì?",
            "choices": [
                {
                    "text": "Bấm đường link người lạ gửi qua tin nhắn",
                    "correct": False,
                },
                {
                    "text": "Tìm và cài từ CH Play (Android) hoặc App Store (iPhone)",
                    "correct": True,
                },
                {"text": "Tải tệp cài đặt từ một trang web lạ", "correct": False},
                {"text": "Đưa máy cho người lạ cài giúp", "correct": False},
            ],
            "explanation": (
                "Chỉ cài ứng dụng từ kho chính thức: CH Play trên máy Android, "
                "App Store trên iPhone. Ứng dụng từ link lạ có thể là ứng dụng "
                "giả để lấy tiền và thông tin của bạn."
            ),
        },
        {
            "kind": "picture",
            "text": "Bạn muốn bắt mạng Wi-Fi ở nhà. Hình nào là biểu tượng Wi-Fi?",
            "choices": [
                {
                    "icon": "call",
                    "label": "Hình ống nghe điện thoại",
                    "correct": False,
                },
                {
                    "icon": "wifi",
                    "label": "Hình các vạch sóng Wi-Fi",
                    "correct": True,
                },
                {"icon": "camera", "label": "Hình máy ảnh", "correct": False},
                {"icon": "bank", "label": "Hình tòa nhà ngân hàng", "correct": False},
            ],
            "explanation": (
                "Biểu tượng Wi-Fi là những vạch sóng hình quạt. Vào Cài đặt, "
                "chạm Wi-Fi, chọn mạng nhà mình và nhập mật khẩu."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Có người nhắn “gửi nhầm mã Zalo vào máy bạn” và nhờ đọc lại "
                "mã. Đọc mã cho họ là an toàn."
            ),
            "answer": False,
            "explanation": (
                "Sai. Đây là chiêu lừa để chiếm tài khoản Zalo của bạn, rồi "
                "nhắn tin vay tiền người thân của bạn. Mã kích hoạt chỉ để bạn "
                "tự nhập, không đọc cho ai."
            ),
        },
        {
            "kind": "multiple",
            "text": "Những việc nào giúp sạc pin điện thoại an toàn?",
            "choices": [
                {
                    "text": "Dùng bộ sạc đi kèm máy hoặc loại tốt, rõ nguồn gốc",
                    "correct": True,
                },
                {
                    "text": "Để máy vừa sạc vừa đặt dưới gối khi ngủ",
                    "correct": False,
                },
                {"text": "Rút sạc nếu máy nóng bất thường", "correct": True},
                {"text": "Dùng dây sạc đã hở, đứt vỏ", "correct": False},
            ],
            "explanation": (
                "Dùng bộ sạc tốt và rút sạc khi máy nóng bất thường. Không sạc "
                "dưới gối, trong chăn và không dùng dây sạc hỏng, vì dễ gây "
                "cháy nổ."
            ),
        },
        {
            "kind": "single",
            "text": "Trên Zalo, muốn gửi tin nhắn thoại (ghi âm), bạn làm thế nào?",
            "choices": [
                {
                    "text": "Nhấn giữ nút micro, nói, rồi buông tay để gửi",
                    "correct": True,
                },
                {"text": "Nhấn giữ nút nguồn của điện thoại", "correct": False},
                {"text": "Chạm hình máy quay ở góc trên", "correct": False},
            ],
            "explanation": (
                "Chạm hình micro cạnh ô tin nhắn, nhấn giữ nút micro và nói. "
                "Buông tay ra là tin được gửi. Hình máy quay là để gọi video."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Khi không có Wi-Fi mà bật dữ liệu di động, điện thoại dùng "
                "sóng 3G/4G và tính vào gói cước của nhà mạng."
            ),
            "answer": True,
            "explanation": (
                "Đúng. Dữ liệu di động dùng sóng của nhà mạng và tính vào gói "
                "cước. Ở nhà có Wi-Fi thì nên dùng Wi-Fi."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "Hình nào cho thấy cách giữ để người lạ không mở được điện "
                "thoại của bạn?"
            ),
            "choices": [
                {"icon": "gift", "label": "Hình hộp quà", "correct": False},
                {"icon": "star", "label": "Hình ngôi sao", "correct": False},
                {"icon": "padlock", "label": "Hình ổ khóa", "correct": True},
                {"icon": "globe", "label": "Hình quả địa cầu", "correct": False},
            ],
            "explanation": (
                "Ổ khóa là khóa màn hình. Đặt mã PIN (hoặc vân tay, khuôn mặt) "
                "để chỉ bạn mở được điện thoại."
            ),
        },
        {
            "kind": "multiple",
            "text": "Khi vào nhóm Zalo của gia đình hay của thôn, bạn nên làm gì?",
            "choices": [
                {
                    "text": ("Chỉ vào nhóm do người quen hoặc cán bộ thôn giới thiệu"),
                    "correct": True,
                },
                {"text": "Bấm vào mọi đường link lạ trong nhóm", "correct": False},
                {
                    "text": "Gửi mã OTP vào nhóm khi có người hỏi",
                    "correct": False,
                },
                {
                    "text": (
                        "Gọi hỏi lại người thật trước khi chuyển tiền theo "
                        "tin nhắn trong nhóm"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "Vào nhóm qua người quen, cán bộ thôn. Không bấm link lạ, không "
                "gửi mã OTP cho ai. Ai nhắn xin tiền thì gọi hỏi lại người thật "
                "trước."
            ),
        },
    ],
}

EN = {
    "title": "Getting started with your smartphone and Zalo",
    "summary": (
        "A course for first-time smartphone users. You learn how to turn the "
        "phone on, charge the battery, set the volume and the text size, "
        "connect to Wi-Fi and install apps from the right place. Then you "
        "install Zalo to send messages, voice messages and photos, make video "
        "calls to your children and grandchildren, join family and village "
        "groups, and lock your screen to stay safe."
    ),
    "outcomes": [
        "Turn the phone on and off, charge it, set the volume and make text bigger.",
        (
            "Connect to Wi-Fi, turn on mobile data and install apps from the "
            "official app store."
        ),
        (
            "Register for Zalo with your phone number, add friends, send "
            "messages, voice messages and photos, and make video calls."
        ),
        ("Join family and village groups safely and set a screen lock on your phone."),
    ],
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1
        # ------------------------------------------------------------------
        {
            "title": "Turning on, charging, volume and text size",
            "slug": "bat-may-sac-pin-am-luong-co-chu",
            "summary": (
                "Know the buttons on your phone, how to charge it safely and "
                "how to make text big and easy to read."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>A smartphone has a <b>touch screen</b>. You <b>tap "
                    "lightly</b> with your fingertip to choose, and "
                    "<b>swipe</b> to move between pages. No need to press "
                    "hard.</p>"
                    "<p>On the side of the phone there are usually:</p>"
                    "<ul>"
                    "<li><b>The power button</b>: to turn the phone on and off "
                    "and to switch off the screen.</li>"
                    "<li><b>Two volume buttons</b>: the upper one makes it "
                    "louder, the lower one makes it quieter.</li>"
                    "</ul>"
                    "<p>Each brand places the buttons a little differently. If "
                    "you are not sure, ask a child, a grandchild or the shop "
                    "that sold you the phone to show you once.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Turn the phone on and off",
                            "text": (
                                "Press and hold the power button for about 3 "
                                "seconds until the screen lights up. To turn "
                                "the phone off, also press and hold the power "
                                "button, then tap “Power off”."
                            ),
                            "screen": {
                                "app": "Phone",
                                "title": "Power options",
                                "lines": ["Power off", "Restart"],
                                "button": "Power off",
                            },
                        },
                        {
                            "title": "Charge the battery safely",
                            "text": (
                                "Plug the charger into the socket, then plug "
                                "the cable into the phone. A battery with a "
                                "lightning bolt means it is charging. Use the "
                                "charger that came with the phone or a good one "
                                "of known origin. Do not charge it under a "
                                "pillow or a blanket. Unplug it if the phone "
                                "gets unusually hot."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Set the volume",
                            "text": (
                                "Press a volume button on the side. A volume "
                                "bar appears. Press the upper button for "
                                "louder, the lower one for quieter. If you "
                                "cannot hear the ringtone, check whether the "
                                "phone is on silent mode."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Sound",
                                "lines": [
                                    "Ringtone",
                                    "Notifications",
                                    "Silent mode: Off",
                                ],
                                "button": "Ringtone",
                            },
                        },
                        {
                            "title": "Open Display in Settings",
                            "text": (
                                "Tap the gear icon “Settings”, then choose "
                                "“Display” (on an iPhone, “Display & "
                                "Brightness”)."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Settings",
                                "lines": ["Wi-Fi", "Sound", "Display", "Battery"],
                                "button": "Display",
                            },
                        },
                        {
                            "title": "Make the text bigger",
                            "text": (
                                "Choose “Text Size” (some phones say “Font "
                                "size”). Drag the slider to the right until "
                                "the text is comfortable to read."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Text Size",
                                "lines": ["Hello there!", "Small  ——●——  Large"],
                                "button": "Drag to the right",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "phone",
                        "alt": "A smartphone",
                        "caption": (
                            "The power and volume buttons are usually on the "
                            "side of the phone."
                        ),
                    },
                ),
                (
                    "tip",
                    "Try it yourself: press the volume button to make it "
                    "louder, then go to Settings and make the text one step "
                    "bigger. Read a message to see whether it is easier now.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 2
        # ------------------------------------------------------------------
        {
            "title": "Connecting to Wi-Fi, mobile data and installing apps",
            "slug": "wi-fi-du-lieu-di-dong-cai-ung-dung",
            "summary": (
                "Get your phone online and install apps from the official app store."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Your phone needs a connection to send Zalo messages, "
                    "make video calls or read the news. There are two ways:</p>"
                    "<ul>"
                    "<li><b>Wi-Fi</b>: the internet in your home, a café or "
                    "the commune office. You need the network name and its "
                    "password.</li>"
                    "<li><b>Mobile data</b> (3G/4G/5G): uses your network "
                    "operator's signal and counts against your data plan. Ask "
                    "the operator or a phone shop for a suitable plan.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open Wi-Fi",
                            "text": (
                                "Go to “Settings” and tap “Wi-Fi” (some phones "
                                "say “Connections”, then “Wi-Fi”). Switch "
                                "Wi-Fi on."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Wi-Fi",
                                "lines": ["Wi-Fi: On", "Nha Ba Tu", "Quan Ca Phe"],
                                "button": "Nha Ba Tu",
                            },
                        },
                        {
                            "title": "Type the Wi-Fi password",
                            "text": (
                                "Tap your home network's name. Type the Wi-Fi "
                                "password (ask whoever installed the internet, "
                                "or look on the back of the router). Mind "
                                "capital and small letters, then tap "
                                "“Connect”."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Nha Ba Tu",
                                "lines": ["Password: ••••••••", "Show password"],
                                "button": "Connect",
                            },
                        },
                        {
                            "title": "Turn on mobile data when you go out",
                            "text": (
                                "Swipe down from the top edge of the screen to "
                                "open the quick panel. Tap the “Mobile data” "
                                "icon so that it lights up. When you do not "
                                "need it, tap it again to turn it off."
                            ),
                            "screen": {
                                "app": "Quick panel",
                                "title": "Quick settings",
                                "lines": ["Wi-Fi", "Mobile data", "Flashlight"],
                                "button": "Mobile data",
                            },
                        },
                        {
                            "title": "Install apps from the official store",
                            "text": (
                                "On Android open “Play Store” (Google Play, "
                                "called CH Play in Vietnam); on an iPhone open "
                                "“App Store”. Type the app's name in the "
                                "search box, check the name and the publisher, "
                                "then tap “Install” (iPhone: “Get”)."
                            ),
                            "screen": {
                                "app": "Play Store",
                                "title": "Search results",
                                "lines": ["Zalo", "Publisher: Zalo"],
                                "button": "Install",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "wifi",
                        "alt": "The Wi-Fi icon, made of curved signal bars",
                        "caption": (
                            "When you see this icon at the top of the screen, "
                            "the phone is on Wi-Fi."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Only install apps from CH Play or the App Store.</b> "
                    "Do not install apps from a link or a file that a stranger "
                    "sends you in a message. Fake apps can steal your money and "
                    "your information.</p>"
                    "<p>Free public Wi-Fi is fine for reading the news, but "
                    "<b>do not open your banking app</b> on a Wi-Fi network "
                    "you do not know.</p>",
                ),
                (
                    "tip",
                    "Remember: use Wi-Fi at home and turn on mobile data only "
                    "when you are out. Install apps only from CH Play or the "
                    "App Store.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 3
        # ------------------------------------------------------------------
        {
            "title": "Installing Zalo, registering and adding friends",
            "slug": "cai-zalo-dang-ky-ket-ban",
            "summary": (
                "Install Zalo, create an account with your own phone number "
                "and add your family to your Zalo contacts."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Zalo</b> is an app for free messages and calls over "
                    "the internet, used by a great many people in Vietnam. "
                    "Zalo calls use Wi-Fi or mobile data, not the minutes of "
                    "ordinary calls.</p>"
                    "<p>You need: a phone with a connection, and <b>a phone "
                    "number registered in your own name</b> in the phone, to "
                    "receive the activation code.</p>"
                    "<p><i>Note: button names in Zalo may differ a little "
                    "from one version to another. Look for a button that means "
                    "the same thing.</i></p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Install Zalo",
                            "text": (
                                "Open CH Play or the App Store and search for "
                                "“Zalo”. Choose the app with the blue Zalo "
                                "logo, tap “Install”, wait until it finishes, "
                                "then tap “Open”."
                            ),
                            "screen": {
                                "app": "Play Store",
                                "title": "Zalo",
                                "lines": ["Free messages and calls"],
                                "button": "Open",
                            },
                        },
                        {
                            "title": "Create a new account",
                            "text": (
                                "Tap “Create new account”. Type your phone "
                                "number, read and accept the terms, then tap "
                                "“Continue”."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Create account",
                                "lines": ["Phone number: 09xx xxx xxx"],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Enter the activation code",
                            "text": (
                                "Zalo sends an activation code by SMS (or by a "
                                "call) to your number. Type the code into "
                                "Zalo. The code is for you alone: never read "
                                "it out to anyone."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Enter activation code",
                                "lines": ["Code sent to your number", "_ _ _ _ _ _"],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Enter your name",
                            "text": (
                                "Type your real name so that your family can "
                                "recognise you, for example “Nguyễn Văn Tư”. "
                                "Follow the remaining steps on the screen. You "
                                "can add a profile photo later."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Zalo name",
                                "lines": ["Nguyễn Văn Tư"],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Add a friend by phone number",
                            "text": (
                                "On the main screen, tap the “+” at the top and "
                                "choose “Add friend”. Type your relative's "
                                "phone number and tap search. If the name and "
                                "photo are right, tap “Add friend”. When they "
                                "accept, you are friends on Zalo."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Add friend",
                                "lines": ["Relative's phone number", "Nguyễn Thị Lan"],
                                "button": "Add friend",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "otp",
                        "alt": "An activation code made of digits in a message",
                        "caption": "Your Zalo activation code is for you to type.",
                    },
                ),
                (
                    "tip",
                    "Remember: if someone messages you that they “sent a Zalo "
                    "code to your phone by mistake” and asks you to read it "
                    "back, it is a crook trying to take over your account. "
                    "Never read the code to anyone, even an acquaintance who "
                    "asks by message.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 4
        # ------------------------------------------------------------------
        {
            "title": "Messages, voice messages, photos and video calls",
            "slug": "nhan-tin-ghi-am-gui-anh-goi-video",
            "summary": (
                "Talk to your family on Zalo with text, with your voice, with "
                "photos and with video calls."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>In Zalo's <b>“Messages”</b> tab you see the list of "
                    "people you have talked to. Tap a name to open the chat. "
                    "If the name is not there, type it in the "
                    "<b>“Search”</b> box at the very top.</p>"
                    "<p>Typing is hard? Just <b>send a voice message</b>: "
                    "speak as on a phone call, and the other person taps it "
                    "to listen.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Send a text message",
                            "text": (
                                "Open the chat and tap the “Message” box at "
                                "the bottom. Type, then tap the send button "
                                "(the blue arrow)."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Daughter Lan",
                                "lines": ["Have you eaten, Mum?", "Yes, dear"],
                                "button": "Send",
                            },
                        },
                        {
                            "title": "Send a voice message",
                            "text": (
                                "Tap the microphone next to the message box. "
                                "Press and hold the microphone button and "
                                "speak. Let go and the message is sent."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Daughter Lan",
                                "lines": ["Hold to record", "Let go to send"],
                                "button": "Microphone",
                            },
                        },
                        {
                            "title": "Send a photo",
                            "text": (
                                "Tap the picture icon next to the message box. "
                                "Choose the photo to send (a tick appears), "
                                "then tap the send button."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Choose photos",
                                "lines": ["Vegetable garden ✓", "Grandchild"],
                                "button": "Send",
                            },
                        },
                        {
                            "title": "Make a video call",
                            "text": (
                                "In the chat, tap the video camera at the top "
                                "right. Wait for the other person to answer. "
                                "To end the call, tap the red button."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Daughter Lan",
                                "lines": ["Voice call", "Video call"],
                                "button": "Video call",
                            },
                        },
                    ],
                ),
                (
                    "image",
                    {
                        "icon": "chat",
                        "alt": "Two chat bubbles",
                        "caption": (
                            "Zalo messages: type text, send a voice message or a photo."
                        ),
                    },
                ),
                (
                    "tip",
                    "Try it yourself: send a relative one text message, one "
                    "voice message saying “I am learning to use Zalo” and one "
                    "photo. Then try a video call to them.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 5
        # ------------------------------------------------------------------
        {
            "title": "Joining family and village groups, and locking the screen",
            "slug": "vao-nhom-va-khoa-man-hinh",
            "summary": (
                "Join Zalo groups safely and set a lock code so that strangers "
                "cannot open your phone."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Many families have a <b>Zalo group</b> where everyone "
                    "chats together. Many villages and residential groups also "
                    "have a group for news of meetings, vaccination dates and "
                    "announcements from the commune or ward.</p>"
                    "<p>You can join a group in three ways: a member "
                    "<b>adds you</b>, sends you the <b>group link</b>, or lets "
                    "you scan the <b>group's QR code</b>.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Join with a link or a QR code",
                            "text": (
                                "Tap the group link that someone you know sent "
                                "you. Or tap the QR scan icon at the top of "
                                "Zalo and point the camera at the group's QR "
                                "code. Tap “Join group”. Some groups must wait "
                                "for the group leader's approval."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Dong Village Group",
                                "lines": ["Group · 120 members"],
                                "button": "Join group",
                            },
                        },
                        {
                            "title": "Open the screen lock settings",
                            "text": (
                                "Go to “Settings” and choose “Lock screen” or "
                                "“Security”. On an iPhone choose “Face ID & "
                                "Passcode” (or “Touch ID & Passcode”)."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Lock screen",
                                "lines": ["Screen lock type: Swipe"],
                                "button": "Screen lock type",
                            },
                        },
                        {
                            "title": "Set a PIN",
                            "text": (
                                "Choose “PIN”. Type a number that is easy for "
                                "you to remember but hard to guess: not your "
                                "birthday, not 123456. Type it again to "
                                "confirm."
                            ),
                            "screen": {
                                "app": "Settings",
                                "title": "Screen lock type",
                                "lines": ["Swipe", "Pattern", "PIN", "Password"],
                                "button": "PIN",
                            },
                        },
                        {
                            "title": "Add a fingerprint or your face (if offered)",
                            "text": (
                                "Many phones can unlock quickly with a "
                                "fingerprint or your face. Follow the steps on "
                                "the screen. You still need to remember the "
                                "PIN for when it is asked."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Staying safe in groups:</b></p>"
                    "<ul>"
                    "<li>Only join groups introduced by people you know or by "
                    "village and residential group officials.</li>"
                    "<li>Do not tap strange links, and do not send money because "
                    "of a group message before calling the real person to "
                    "check.</li>"
                    "<li>Never send an OTP code or a password to a group or to "
                    "anyone.</li>"
                    "<li>Be polite. If you are not sure a piece of news is "
                    "true, do not pass it on.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Remember: if you fear forgetting the PIN, write it on "
                    "paper and keep it somewhere private at home. Do not stick "
                    "the code on the phone and do not read it out to "
                    "strangers.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": "What is a safe way to install a new app, such as Zalo?",
            "choices": [
                {
                    "text": "Tap a link a stranger sent in a message",
                    "correct": False,
                },
                {
                    "text": (
                        "Find and install it from CH Play (Android) or the App "
                        "Store (iPhone)"
                    ),
                    "correct": True,
                },
                {
                    "text": "Download an install file from an unknown website",
                    "correct": False,
                },
                {
                    "text": "Hand the phone to a stranger to install it",
                    "correct": False,
                },
            ],
            "explanation": (
                "Only install apps from the official store: CH Play on Android, "
                "the App Store on an iPhone. An app from a strange link may be "
                "a fake made to take your money and your information."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "You want to connect to your home Wi-Fi. Which picture is the "
                "Wi-Fi icon?"
            ),
            "choices": [
                {
                    "icon": "call",
                    "label": "A telephone handset",
                    "correct": False,
                },
                {
                    "icon": "wifi",
                    "label": "Curved Wi-Fi signal bars",
                    "correct": True,
                },
                {"icon": "camera", "label": "A camera", "correct": False},
                {"icon": "bank", "label": "A bank building", "correct": False},
            ],
            "explanation": (
                "The Wi-Fi icon is a fan of curved signal bars. Go to Settings, "
                "tap Wi-Fi, choose your home network and type its password."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Someone messages you that they “sent a Zalo code to your phone "
                "by mistake” and asks you to read it back. Reading the code to "
                "them is safe."
            ),
            "answer": False,
            "explanation": (
                "False. This is a trick to take over your Zalo account and then "
                "message your family asking to borrow money. The activation "
                "code is for you to type yourself; never read it to anyone."
            ),
        },
        {
            "kind": "multiple",
            "text": "Which of these help you charge your phone safely?",
            "choices": [
                {
                    "text": (
                        "Use the charger that came with the phone or a good one "
                        "of known origin"
                    ),
                    "correct": True,
                },
                {
                    "text": "Leave the phone charging under your pillow at night",
                    "correct": False,
                },
                {
                    "text": "Unplug it if the phone gets unusually hot",
                    "correct": True,
                },
                {
                    "text": "Use a cable with torn or broken insulation",
                    "correct": False,
                },
            ],
            "explanation": (
                "Use a good charger and unplug it when the phone gets unusually "
                "hot. Do not charge under a pillow or a blanket, and do not use "
                "a damaged cable: they can cause a fire."
            ),
        },
        {
            "kind": "single",
            "text": "In Zalo, how do you send a voice message?",
            "choices": [
                {
                    "text": "Press and hold the microphone, speak, then let go",
                    "correct": True,
                },
                {
                    "text": "Press and hold the phone's power button",
                    "correct": False,
                },
                {
                    "text": "Tap the video camera at the top",
                    "correct": False,
                },
            ],
            "explanation": (
                "Tap the microphone next to the message box, press and hold "
                "the microphone button and speak. Let go and it is sent. The "
                "video camera is for video calls."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "With no Wi-Fi and mobile data turned on, the phone uses the "
                "3G/4G signal and it counts against your operator data plan."
            ),
            "answer": True,
            "explanation": (
                "True. Mobile data uses your operator's signal and counts "
                "against your plan. At home, with Wi-Fi, use the Wi-Fi."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "Which picture shows the way to keep strangers from opening your phone?"
            ),
            "choices": [
                {"icon": "gift", "label": "A gift box", "correct": False},
                {"icon": "star", "label": "A star", "correct": False},
                {"icon": "padlock", "label": "A padlock", "correct": True},
                {"icon": "globe", "label": "A globe", "correct": False},
            ],
            "explanation": (
                "The padlock is the screen lock. Set a PIN (or a fingerprint or "
                "your face) so that only you can open your phone."
            ),
        },
        {
            "kind": "multiple",
            "text": "When you join a family or village Zalo group, what should you do?",
            "choices": [
                {
                    "text": (
                        "Only join groups introduced by people you know or by "
                        "village officials"
                    ),
                    "correct": True,
                },
                {
                    "text": "Tap every strange link posted in the group",
                    "correct": False,
                },
                {
                    "text": "Send your OTP code to the group when someone asks",
                    "correct": False,
                },
                {
                    "text": (
                        "Call the real person to check before sending money "
                        "because of a group message"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "Join groups through people you know or village officials. Do "
                "not tap strange links and never give your OTP code to anyone. "
                "If someone asks for money, call the real person first."
            ),
        },
    ],
}

COURSE = {
    "slug": "lam-quen-dien-thoai-thong-minh-va-zalo",
    "level": "basic",
    "estimated_minutes": 20,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["2.1", "4.1", "5.1"],
    "cover": {"icon": "phone", "color": "#0369a1"},
    "vi": VI,
    "en": EN,
}
