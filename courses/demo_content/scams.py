"""The demo micro-course: recognising online scams and protecting personal data."""

from __future__ import annotations

VI = {
    "title": "Nhận diện lừa đảo trực tuyến và bảo vệ dữ liệu cá nhân",
    "summary": (
        "Nhận ra các chiêu lừa đảo thường gặp qua điện thoại, tin nhắn và mạng "
        "xã hội: giả danh công an, cán bộ thuế, điện lực; “nâng cấp SIM”; link "
        "ngân hàng giả; việc nhẹ lương cao; trúng thưởng; lừa tình, lừa đầu tư; "
        "cuộc gọi video giả mặt người thân. Biết giữ kín thông tin cá nhân và "
        "biết làm gì ngay khi lỡ bị lừa."
    ),
    "outcomes": [
        "Nhận ra dấu hiệu của cuộc gọi, tin nhắn và lời mời lừa đảo.",
        "Kiểm tra lại trước khi chuyển tiền, kể cả khi “người thân” gọi video.",
        "Giữ kín dữ liệu cá nhân: không đăng ảnh thẻ Căn cước, chỉnh quyền "
        "riêng tư trên Zalo và Facebook.",
        "Biết gọi ngân hàng, báo công an xã/phường và cảnh báo người thân khi "
        "lỡ bị lừa.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Bài 1
        # --------------------------------------------------------------
        {
            "title": "Lừa đảo qua điện thoại và tin nhắn",
            "slug": "lua-dao-qua-dien-thoai-tin-nhan",
            "summary": (
                "Nhận ra kẻ gian giả danh công an, cán bộ thuế, điện lực, "
                "lừa “nâng cấp SIM” và gửi link ngân hàng giả."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Kẻ gian hay gọi điện <b>giả danh người có chức vụ</b> "
                    "để làm bạn sợ:</p>"
                    "<ul>"
                    "<li><b>Giả công an:</b> nói bạn dính vào một vụ án, phải "
                    "chuyển tiền để “xác minh” hoặc cài ứng dụng để “làm việc "
                    "trực tuyến”.</li>"
                    "<li><b>Giả cán bộ thuế:</b> nói cần “cập nhật thông tin "
                    "thuế” hoặc “hoàn thuế”, rồi gửi link cài ứng dụng.</li>"
                    "<li><b>Giả nhân viên điện lực:</b> nói nhà bạn nợ tiền "
                    "điện, sắp bị cắt điện, phải chuyển khoản ngay.</li>"
                    "</ul>"
                    "<p><b>Công an không làm việc qua điện thoại để đòi chuyển "
                    "tiền.</b> Khi cần, họ gửi giấy mời để bạn đến trụ sở. "
                    "Cơ quan nhà nước không bao giờ bảo bạn chuyển tiền vào "
                    "tài khoản của một cá nhân.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Lừa “nâng cấp SIM”:</b> người gọi xưng là nhà mạng, "
                    "dọa SIM sắp bị khóa, bảo bạn soạn một tin nhắn theo cú "
                    "pháp lạ. Làm theo là bạn có thể <b>mất SIM vào tay kẻ "
                    "gian</b>. Họ sẽ nhận được mã OTP ngân hàng của bạn. Muốn "
                    "đổi hay nâng cấp SIM, hãy tự đến cửa hàng chính thức của "
                    "nhà mạng.</p>"
                    "<p><b>Tin nhắn ngân hàng giả:</b> kẻ gian có thể gửi tin "
                    "mang <b>đúng tên ngân hàng</b>, nằm chung chỗ với tin nhắn "
                    "thật. Tin báo “tài khoản bị khóa” và kèm một đường link. "
                    "Bấm vào là ra trang web giả, đòi mật khẩu và mã OTP. "
                    "<b>Đừng bấm link trong tin nhắn.</b> Hãy tự mở ứng dụng "
                    "ngân hàng tải từ kho ứng dụng chính thức để kiểm tra.</p>"
                    "<p>Ứng dụng giả còn có thể đòi bạn <b>quay khuôn mặt</b>. "
                    "Từ 1/7/2024, chuyển khoản trên 10 triệu đồng phải xác "
                    "thực khuôn mặt, nên kẻ gian rất muốn có khuôn mặt của "
                    "bạn. Chỉ xác thực khuôn mặt trong ứng dụng ngân hàng "
                    "thật, khi chính bạn đang chuyển tiền.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "Biển cảnh báo màu vàng có dấu chấm than",
                        "caption": (
                            "Bị giục làm ngay, bị dọa, bị đòi OTP hay đòi "
                            "chuyển tiền: đó là dấu hiệu lừa đảo."
                        ),
                    },
                ),
                (
                    "tip",
                    "Ghi nhớ ba bước: Dừng lại – Kiểm tra – Hỏi người tin cậy. "
                    "Cúp máy, không bấm link. Tự gọi số chính thức hoặc đến "
                    "tận nơi để hỏi. Không bao giờ đọc mã OTP cho ai.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 2
        # --------------------------------------------------------------
        {
            "title": "Lừa đảo trên mạng xã hội và cuộc gọi video giả",
            "slug": "lua-dao-tren-mang-xa-hoi",
            "summary": (
                "Nhận ra chiêu việc nhẹ lương cao, trúng thưởng, lừa tình, "
                "lừa đầu tư và cuộc gọi video giả mặt người thân."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>“Việc nhẹ lương cao”:</b> người lạ mời bạn làm việc "
                    "tại nhà, như bấm thích bài viết hay đặt đơn hàng ảo. Lúc "
                    "đầu họ trả vài chục nghìn cho bạn tin. Sau đó họ bảo "
                    "phải <b>nạp tiền</b> để làm “nhiệm vụ lớn”, rồi không trả "
                    "lại nữa.</p>"
                    "<p><b>Trúng thưởng giả:</b> tin báo bạn trúng xe máy, "
                    "điện thoại, tiền mặt, nhưng phải <b>đóng phí</b> hoặc "
                    "thuế trước mới nhận được. Không chơi mà trúng là dấu "
                    "hiệu lừa đảo.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Lừa tình, lừa đầu tư:</b> một người lạ trên mạng "
                    "làm quen, nói chuyện ngọt ngào nhiều tuần. Rồi họ rủ bạn "
                    "đầu tư vào một ứng dụng “lãi cao, chắc chắn”, hoặc nói "
                    "gửi quà cho bạn và bảo bạn đóng phí nhận hàng. Tiền nạp "
                    "vào sẽ không rút ra được.</p>"
                    "<p><b>Cuộc gọi video giả:</b> kẻ gian chiếm tài khoản "
                    "Zalo, Facebook của người quen. Chúng dùng công nghệ "
                    "<b>giả mặt, giả giọng (deepfake)</b> để gọi video vài "
                    "giây, hình mờ, tiếng rè, rồi nhắn hỏi mượn tiền gấp.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "face",
                        "alt": "Khuôn mặt người trên màn hình điện thoại",
                        "caption": (
                            "Thấy đúng mặt người thân trên video chưa chắc đã "
                            "là người thân thật."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Kết thúc cuộc gọi",
                            "text": (
                                "Người thân gọi video ngắn, hình mờ, rồi hỏi "
                                "mượn tiền gấp? Đừng vội. Kết thúc cuộc gọi."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Cuộc gọi video",
                                "lines": [
                                    "Con trai",
                                    "Hình mờ, tiếng rè",
                                    "“Mẹ chuyển con 20 triệu gấp”",
                                ],
                                "button": "Kết thúc",
                            },
                        },
                        {
                            "title": "Tự gọi lại số đã lưu",
                            "text": (
                                "Mở danh bạ, gọi điện thường vào số bạn đã lưu "
                                "từ trước. Không gọi vào số lạ người kia gửi."
                            ),
                            "screen": {
                                "app": "Điện thoại",
                                "title": "Danh bạ",
                                "lines": ["Con trai", "Số đã lưu từ trước"],
                                "button": "Gọi",
                            },
                        },
                        {
                            "title": "Hỏi một điều chỉ người nhà biết",
                            "text": (
                                "Hỏi một chuyện riêng trong nhà, ví dụ tên con "
                                "chó nhà mình. Kẻ gian sẽ không trả lời được."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Tin nhắn",
                                "lines": ["“Con chó nhà mình tên gì?”"],
                                "button": "Gửi",
                            },
                        },
                        {
                            "title": "Chưa chắc thì chưa chuyển",
                            "text": (
                                "Chỉ chuyển tiền khi đã nói chuyện được với "
                                "đúng người thân, hoặc hỏi thêm người trong "
                                "nhà. Kẻ gian hay giục gấp để bạn không kịp "
                                "nghĩ."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "tip",
                    "Ghi nhớ: phải nạp tiền để nhận việc, nhận thưởng, nhận quà "
                    "hay rút lãi là lừa đảo. Người thân hỏi mượn tiền qua mạng "
                    "thì luôn gọi lại số đã lưu để hỏi cho chắc.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 3
        # --------------------------------------------------------------
        {
            "title": "Bảo vệ dữ liệu cá nhân",
            "slug": "bao-ve-du-lieu-ca-nhan",
            "summary": (
                "Hiểu dữ liệu cá nhân là gì, vì sao không đăng ảnh thẻ Căn "
                "cước, và cách chỉnh quyền riêng tư trên Zalo, Facebook."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Dữ liệu cá nhân</b> là những thông tin cho biết bạn "
                    "là ai, như:</p>"
                    "<ul>"
                    "<li>Họ tên, ngày sinh, địa chỉ, số điện thoại.</li>"
                    "<li>Số định danh cá nhân, ảnh thẻ Căn cước.</li>"
                    "<li>Số tài khoản ngân hàng, mật khẩu, mã OTP.</li>"
                    "<li>Ảnh khuôn mặt, vân tay, thông tin sức khỏe.</li>"
                    "</ul>"
                    "<p>Kẻ gian gom các thông tin này để giả làm bạn, vay tiền "
                    "dưới tên bạn, hoặc gọi điện lừa bạn một cách rất “đúng”. "
                    "Pháp luật bảo vệ dữ liệu cá nhân của bạn (Nghị định "
                    "13/2023/NĐ-CP, và Luật Bảo vệ dữ liệu cá nhân có hiệu "
                    "lực từ 1/1/2026). Nhưng tự giữ gìn vẫn là cách an toàn "
                    "nhất.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Không đăng ảnh thẻ Căn cước</b>, giấy tờ, vé máy "
                    "bay, hóa đơn có tên và địa chỉ lên mạng xã hội. Nếu buộc "
                    "phải gửi ảnh giấy tờ, hãy viết lên ảnh “Chỉ dùng để… "
                    "ngày…” và chỉ gửi cho nơi bạn đã biết chắc.</p>"
                    "<p>Trước khi đăng ảnh người khác, nhất là ảnh trẻ em, hãy "
                    "hỏi ý họ hoặc bố mẹ các cháu. Đó là phép lịch sự trên "
                    "mạng.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "id-card",
                        "alt": "Thẻ Căn cước có ảnh và thông tin cá nhân",
                        "caption": (
                            "Ảnh thẻ Căn cước chỉ để bạn giữ, không đăng lên mạng."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở cài đặt Zalo",
                            "text": (
                                "Mở Zalo, bấm thẻ “Cá nhân” ở góc dưới, rồi bấm "
                                "hình bánh răng (Cài đặt). Tên các mục có thể "
                                "khác một chút tùy phiên bản."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Cá nhân",
                                "lines": ["Tên của bạn", "Xem trang cá nhân"],
                                "button": "Cài đặt",
                            },
                        },
                        {
                            "title": "Vào Quyền riêng tư",
                            "text": "Trong Cài đặt, bấm “Quyền riêng tư”.",
                            "screen": {
                                "app": "Zalo",
                                "title": "Cài đặt",
                                "lines": [
                                    "Tài khoản và bảo mật",
                                    "Quyền riêng tư",
                                ],
                                "button": "Quyền riêng tư",
                            },
                        },
                        {
                            "title": "Ẩn ngày sinh, chặn người lạ tìm bạn",
                            "text": (
                                "Tắt “Hiện ngày sinh”. Trong phần nguồn tìm kiếm "
                                "và kết bạn, tắt mục “Qua số điện thoại” để "
                                "người lạ không tìm ra bạn bằng số điện thoại."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Quyền riêng tư",
                                "lines": [
                                    "Hiện ngày sinh: Tắt",
                                    "Người lạ tìm qua số điện thoại: Tắt",
                                ],
                                "button": "Tắt",
                            },
                        },
                        {
                            "title": "Đăng bài Facebook cho bạn bè xem",
                            "text": (
                                "Khi đăng bài trên Facebook, bấm nút ngay dưới "
                                "tên bạn. Đổi “Công khai” thành “Bạn bè” để "
                                "người lạ không xem được."
                            ),
                            "screen": {
                                "app": "Facebook",
                                "title": "Tạo bài viết",
                                "lines": [
                                    "Tên của bạn",
                                    "Ai có thể xem: Công khai",
                                ],
                                "button": "Bạn bè",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Thử ngay: mở Zalo, vào Cài đặt, Quyền riêng tư, và xem ngày "
                    "sinh của bạn đang hiện cho ai. Rồi lướt lại trang Facebook "
                    "của mình xem có ảnh giấy tờ nào cần xóa không.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 4
        # --------------------------------------------------------------
        {
            "title": "Lỡ bị lừa: làm gì ngay?",
            "slug": "khi-bi-lua-dao",
            "summary": (
                "Các việc cần làm ngay: gọi ngân hàng khóa tài khoản, giữ "
                "bằng chứng, báo công an xã/phường, cảnh báo người thân."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Ai cũng có thể bị lừa, kể cả người trẻ, người có học. "
                    "Nếu lỡ chuyển tiền, lỡ đọc mã OTP hay cài ứng dụng lạ, "
                    "<b>đừng xấu hổ, đừng giấu</b>. Làm càng nhanh, càng có cơ "
                    "hội giữ lại tiền.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Gọi ngay tổng đài ngân hàng",
                            "text": (
                                "Gọi số tổng đài in ở mặt sau thẻ ngân hàng, "
                                "hoặc số trong ứng dụng ngân hàng chính thức. "
                                "Nói rõ bạn bị lừa, đề nghị khóa tài khoản và "
                                "hỗ trợ tra soát giao dịch. Nhiều ứng dụng ngân "
                                "hàng cũng có nút khóa thẻ, khóa tài khoản."
                            ),
                            "screen": {
                                "app": "Điện thoại",
                                "title": "Tổng đài ngân hàng",
                                "lines": [
                                    "Số in ở mặt sau thẻ ngân hàng",
                                    "“Tôi bị lừa, xin khóa tài khoản”",
                                ],
                                "button": "Gọi",
                            },
                        },
                        {
                            "title": "Giữ lại bằng chứng",
                            "text": (
                                "Chụp màn hình tin nhắn, số điện thoại, tài "
                                "khoản Zalo, Facebook của kẻ gian và biên lai "
                                "chuyển tiền. Không xóa tin nhắn."
                            ),
                            "screen": {
                                "app": "Ảnh",
                                "title": "Ảnh chụp màn hình",
                                "lines": [
                                    "Tin nhắn của kẻ gian",
                                    "Số điện thoại, tên tài khoản",
                                    "Biên lai chuyển tiền",
                                ],
                                "button": "Lưu",
                            },
                        },
                        {
                            "title": "Báo công an xã/phường",
                            "text": (
                                "Mang thẻ Căn cước, điện thoại và các bằng "
                                "chứng đến công an xã/phường nơi bạn ở để "
                                "trình báo."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Cảnh báo người thân",
                            "text": (
                                "Nhắn cho gia đình, bạn bè: nếu ai nhận tin "
                                "nhắn mượn tiền dưới tên bạn thì đừng chuyển. "
                                "Sau đó đổi mật khẩu Zalo, Facebook, ngân hàng."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Nhóm Gia đình",
                                "lines": [
                                    "“Tôi vừa bị lừa, Zalo có thể bị lộ.”",
                                    "“Ai nhắn mượn tiền dưới tên tôi",
                                    "thì đừng chuyển nhé.”",
                                ],
                                "button": "Gửi",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Cẩn thận bị lừa lần hai:</b> sau khi bạn mất tiền, "
                    "có người tự xưng là luật sư, công an hay “hacker” hứa "
                    "<b>lấy lại tiền</b> nếu bạn trả phí. Đó cũng là lừa đảo. "
                    "Chỉ làm việc trực tiếp với ngân hàng và công an.</p>"
                    "<p>Khi chia sẻ cảnh báo lên mạng, hãy kể chiêu lừa, không "
                    "đăng thông tin riêng của người bị lừa, và không chế giễu "
                    "họ. Chỉ chia sẻ tin từ nguồn chính thức.</p>",
                ),
                (
                    "tip",
                    "Thử ngay: lật mặt sau thẻ ngân hàng, lưu số tổng đài vào "
                    "danh bạ với tên “Ngân hàng – tổng đài”. Khi có chuyện, bạn "
                    "gọi được ngay.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Có người gọi xưng là công an, nói bạn liên quan đến một vụ án "
                "và bảo chuyển tiền để “xác minh”. Bạn nên làm gì?"
            ),
            "choices": [
                {"text": "Chuyển tiền ngay cho khỏi rắc rối", "correct": False},
                {
                    "text": "Cài ứng dụng họ gửi để “làm việc trực tuyến”",
                    "correct": False,
                },
                {
                    "text": (
                        "Cúp máy, không chuyển tiền, tự đến công an xã/phường để hỏi"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "Công an không làm việc qua điện thoại để đòi chuyển tiền. Khi "
                "cần, họ gửi giấy mời để bạn đến trụ sở. Hãy cúp máy và tự đến "
                "công an xã/phường."
            ),
        },
        {
            "kind": "multiple",
            "text": "Những dấu hiệu nào cho thấy có thể là lừa đảo?",
            "choices": [
                {"text": "Đòi bạn đọc mã OTP", "correct": True},
                {
                    "text": "Giục làm ngay, dọa khóa tài khoản hoặc bắt giữ",
                    "correct": True,
                },
                {
                    "text": "Bảo nạp tiền trước để nhận việc hoặc nhận thưởng",
                    "correct": True,
                },
                {
                    "text": "Bạn tự gọi số tổng đài in trên thẻ ngân hàng",
                    "correct": False,
                },
            ],
            "explanation": (
                "Đòi OTP, giục gấp, dọa nạt và bắt nạp tiền trước đều là dấu "
                "hiệu lừa đảo. Tự gọi số tổng đài in trên thẻ là cách kiểm "
                "tra an toàn."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Tin nhắn mang đúng tên ngân hàng, nằm chung chỗ với tin nhắn "
                "thật của ngân hàng, thì chắc chắn là thật."
            ),
            "answer": False,
            "explanation": (
                "Kẻ gian có thể gửi tin nhắn mang đúng tên ngân hàng. Đừng bấm "
                "link trong tin nhắn; hãy tự mở ứng dụng ngân hàng chính thức "
                "để kiểm tra."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Người gọi xưng là nhà mạng, nói SIM của bạn sắp bị khóa và bảo "
                "soạn một tin nhắn theo cú pháp lạ để “nâng cấp SIM”. Bạn làm gì?"
            ),
            "choices": [
                {"text": "Soạn tin ngay theo hướng dẫn", "correct": False},
                {
                    "text": (
                        "Không làm theo, tự đến cửa hàng chính thức của nhà "
                        "mạng nếu cần"
                    ),
                    "correct": True,
                },
                {"text": "Đọc mã OTP cho họ để nâng cấp nhanh", "correct": False},
            ],
            "explanation": (
                "Làm theo cú pháp lạ có thể khiến SIM của bạn rơi vào tay kẻ "
                "gian, và họ nhận được mã OTP ngân hàng của bạn. Muốn đổi SIM, "
                "hãy tự đến cửa hàng chính thức của nhà mạng."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Nếu gọi video thấy đúng mặt con mình hỏi mượn tiền, thì chắc "
                "chắn đó là con mình."
            ),
            "answer": False,
            "explanation": (
                "Kẻ gian có thể dùng công nghệ giả mặt, giả giọng (deepfake). "
                "Hãy tự gọi lại vào số đã lưu từ trước để hỏi cho chắc."
            ),
        },
        {
            "kind": "multiple",
            "text": "Những thông tin nào là dữ liệu cá nhân của bạn?",
            "choices": [
                {"text": "Số định danh cá nhân", "correct": True},
                {"text": "Ảnh khuôn mặt của bạn", "correct": True},
                {"text": "Số tài khoản ngân hàng của bạn", "correct": True},
                {"text": "Giá lúa hôm nay ở chợ", "correct": False},
            ],
            "explanation": (
                "Số định danh, ảnh khuôn mặt, số tài khoản ngân hàng đều cho "
                "biết bạn là ai, nên là dữ liệu cá nhân. Giá lúa ở chợ là thông "
                "tin chung."
            ),
        },
        {
            "kind": "picture",
            "text": "Ảnh nào bạn không nên đăng công khai lên mạng xã hội?",
            "choices": [
                {"icon": "farm", "label": "Ảnh vườn rau", "correct": False},
                {
                    "icon": "id-card",
                    "label": "Ảnh thẻ Căn cước",
                    "correct": True,
                },
                {"icon": "gift", "label": "Ảnh hộp quà", "correct": False},
            ],
            "explanation": (
                "Ảnh thẻ Căn cước có số định danh, ngày sinh, địa chỉ. Kẻ gian "
                "có thể dùng nó để giả làm bạn hoặc vay tiền dưới tên bạn."
            ),
        },
        {
            "kind": "single",
            "text": "Bạn lỡ chuyển tiền cho kẻ lừa đảo. Việc đầu tiên nên làm là gì?",
            "choices": [
                {
                    "text": (
                        "Gọi ngay tổng đài chính thức của ngân hàng để khóa tài "
                        "khoản và tra soát"
                    ),
                    "correct": True,
                },
                {
                    "text": "Tìm trên mạng người hứa “lấy lại tiền” có thu phí",
                    "correct": False,
                },
                {"text": "Giữ im lặng vì xấu hổ", "correct": False},
            ],
            "explanation": (
                "Gọi ngân hàng càng sớm càng có cơ hội giữ lại tiền. Sau đó "
                "báo công an xã/phường và cảnh báo người thân. Người hứa “lấy "
                "lại tiền” có thu phí cũng là kẻ lừa đảo."
            ),
        },
    ],
}

EN = {
    "title": "Recognising online scams and protecting personal data",
    "summary": (
        "Spot the common scams by phone, text message and social media: fake "
        "police, tax and electricity officers; “SIM upgrades”; fake bank links; "
        "easy jobs with high pay; fake prizes; romance and investment scams; "
        "fake video calls showing a relative's face. Learn to keep your "
        "personal data private and what to do straight away if you are "
        "scammed."
    ),
    "outcomes": [
        "Recognise the signs of scam calls, messages and offers.",
        "Check before sending money, even when a “relative” video-calls you.",
        "Keep your personal data private: do not post photos of your ID card, "
        "and set privacy options on Zalo and Facebook.",
        "Know how to call your bank, report to the commune/ward police and "
        "warn your family if you are scammed.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Lesson 1
        # --------------------------------------------------------------
        {
            "title": "Scams by phone call and text message",
            "slug": "lua-dao-qua-dien-thoai-tin-nhan",
            "summary": (
                "Recognise crooks posing as police, tax or electricity officers, "
                "“SIM upgrade” tricks and fake bank links."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Crooks often call <b>pretending to be officials</b> to "
                    "frighten you:</p>"
                    "<ul>"
                    "<li><b>Fake police:</b> they say you are involved in a "
                    "case and must transfer money to “verify” it, or install an "
                    "app to “work online”.</li>"
                    "<li><b>Fake tax officers:</b> they say you need to "
                    "“update your tax details” or “get a tax refund”, then send "
                    "a link to install an app.</li>"
                    "<li><b>Fake electricity staff:</b> they say you owe for "
                    "electricity, your power will be cut, and you must "
                    "transfer money now.</li>"
                    "</ul>"
                    "<p><b>The police do not deal with you by phone to demand "
                    "money.</b> When needed, they send an invitation letter for "
                    "you to come to their office. State agencies never ask you "
                    "to transfer money into a private person's account.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>The “SIM upgrade” trick:</b> the caller says they "
                    "are from your mobile network, warns that your SIM will be "
                    "locked, and tells you to send a text with a strange code. "
                    "If you do, you may <b>hand your SIM over to the crook</b>. "
                    "They will then receive your bank OTP codes. To change or "
                    "upgrade your SIM, go yourself to an official store of "
                    "your mobile network.</p>"
                    "<p><b>Fake bank texts:</b> crooks can send texts showing "
                    "<b>the bank's real name</b>, in the same thread as real "
                    "messages. The text says “your account is locked” and "
                    "includes a link. Tapping it opens a fake website asking "
                    "for your password and OTP. <b>Do not tap links in text "
                    "messages.</b> Open your bank app, downloaded from the "
                    "official app store, to check for yourself.</p>"
                    "<p>Fake apps may also ask you to <b>film your face</b>. "
                    "Since 1 July 2024, transfers over 10 million đồng need a "
                    "face check, so crooks badly want your face. Only do a "
                    "face check in your real bank app, when you yourself are "
                    "sending money.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "Yellow warning sign with an exclamation mark",
                        "caption": (
                            "Being rushed, threatened, asked for an OTP or "
                            "asked to transfer money: these are signs of a scam."
                        ),
                    },
                ),
                (
                    "tip",
                    "Remember three steps: Stop – Check – Ask someone you "
                    "trust. Hang up and do not tap links. Call the official "
                    "number yourself or go there in person to ask. Never read "
                    "out an OTP to anyone.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 2
        # --------------------------------------------------------------
        {
            "title": "Scams on social media and fake video calls",
            "slug": "lua-dao-tren-mang-xa-hoi",
            "summary": (
                "Recognise easy-job-high-pay offers, fake prizes, romance and "
                "investment scams, and fake video calls showing a relative."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>“Easy job, high pay”:</b> a stranger offers you "
                    "work from home, such as liking posts or placing fake "
                    "orders. At first they pay you a few tens of thousands of "
                    "đồng so you trust them. Then they say you must <b>pay in "
                    "money</b> for a “big task”, and never pay you back.</p>"
                    "<p><b>Fake prizes:</b> a message says you have won a "
                    "motorbike, a phone or cash, but you must <b>pay a fee</b> "
                    "or tax first to receive it. Winning a game you never "
                    "played is a sign of a scam.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Romance and investment scams:</b> a stranger "
                    "online befriends you and talks sweetly for weeks. Then "
                    "they invite you to invest in a “high-profit, guaranteed” "
                    "app, or say they are sending you a gift and ask you to pay "
                    "a delivery fee. Money you put in cannot be taken out.</p>"
                    "<p><b>Fake video calls:</b> crooks take over the Zalo or "
                    "Facebook account of someone you know. They use <b>fake "
                    "face and fake voice (deepfake)</b> technology to make a "
                    "video call of a few seconds, with a blurry picture and "
                    "crackly sound, then message asking to borrow money "
                    "urgently.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "face",
                        "alt": "A person's face on a phone screen",
                        "caption": (
                            "Seeing a relative's face on video does not mean "
                            "it is really your relative."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "End the call",
                            "text": (
                                "A relative makes a short, blurry video call, "
                                "then asks to borrow money urgently? Do not "
                                "rush. End the call."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Video call",
                                "lines": [
                                    "Son",
                                    "Blurry picture, crackly sound",
                                    "“Mum, send me 20 million now”",
                                ],
                                "button": "End",
                            },
                        },
                        {
                            "title": "Call back the saved number yourself",
                            "text": (
                                "Open your contacts and make a normal call to "
                                "the number you saved before. Do not call a "
                                "new number the other person sends."
                            ),
                            "screen": {
                                "app": "Phone",
                                "title": "Contacts",
                                "lines": ["Son", "Number saved earlier"],
                                "button": "Call",
                            },
                        },
                        {
                            "title": "Ask something only family knows",
                            "text": (
                                "Ask about a private family matter, such as the "
                                "name of your dog. A crook will not be able to "
                                "answer."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Messages",
                                "lines": ["“What is our dog's name?”"],
                                "button": "Send",
                            },
                        },
                        {
                            "title": "Not sure? Do not send",
                            "text": (
                                "Only send money once you have spoken to the "
                                "real relative, or checked with others in the "
                                "family. Crooks rush you so you have no time "
                                "to think."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "tip",
                    "Remember: having to pay money to get a job, a prize, a "
                    "gift or your profits is a scam. When a relative asks to "
                    "borrow money online, always call back the saved number to "
                    "make sure.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 3
        # --------------------------------------------------------------
        {
            "title": "Protecting your personal data",
            "slug": "bao-ve-du-lieu-ca-nhan",
            "summary": (
                "Understand what personal data is, why not to post photos of "
                "your ID card, and how to set privacy on Zalo and Facebook."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Personal data</b> is information that tells who "
                    "you are, such as:</p>"
                    "<ul>"
                    "<li>Full name, date of birth, address, phone number.</li>"
                    "<li>Personal identification number, photos of your ID "
                    "card.</li>"
                    "<li>Bank account number, passwords, OTP codes.</li>"
                    "<li>Photos of your face, fingerprints, health "
                    "information.</li>"
                    "</ul>"
                    "<p>Crooks collect this information to pretend to be you, "
                    "borrow money in your name, or call you with a very "
                    "“convincing” story. The law protects your personal data "
                    "(Decree 13/2023/NĐ-CP, and the Personal Data Protection "
                    "Law in force from 1 January 2026). But looking after it "
                    "yourself is still the safest way.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Do not post photos of your ID card</b>, documents, "
                    "plane tickets or bills showing your name and address on "
                    "social media. If you must send a photo of a document, "
                    "write on the photo “Only for… date…” and send it only to "
                    "a place you know for sure.</p>"
                    "<p>Before posting photos of other people, especially "
                    "children, ask them or the children's parents first. That "
                    "is good manners online.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "id-card",
                        "alt": "ID card with a photo and personal details",
                        "caption": (
                            "A photo of your ID card is for you to keep, not "
                            "to post online."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open Zalo settings",
                            "text": (
                                "Open Zalo, tap the “Personal” tab at the "
                                "bottom, then tap the gear icon (Settings). "
                                "Item names may differ slightly between "
                                "versions."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Personal",
                                "lines": ["Your name", "View your profile"],
                                "button": "Settings",
                            },
                        },
                        {
                            "title": "Go to Privacy",
                            "text": "In Settings, tap “Privacy”.",
                            "screen": {
                                "app": "Zalo",
                                "title": "Settings",
                                "lines": [
                                    "Account and security",
                                    "Privacy",
                                ],
                                "button": "Privacy",
                            },
                        },
                        {
                            "title": "Hide your birthday, stop strangers finding you",
                            "text": (
                                "Turn off “Show birthday”. In the section on "
                                "how people can find and add you, turn off "
                                "“By phone number” so strangers cannot find you "
                                "by your phone number."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Privacy",
                                "lines": [
                                    "Show birthday: Off",
                                    "Strangers find me by phone number: Off",
                                ],
                                "button": "Off",
                            },
                        },
                        {
                            "title": "Post on Facebook for friends only",
                            "text": (
                                "When posting on Facebook, tap the button just "
                                "below your name. Change “Public” to “Friends” "
                                "so strangers cannot see it."
                            ),
                            "screen": {
                                "app": "Facebook",
                                "title": "Create post",
                                "lines": [
                                    "Your name",
                                    "Who can see: Public",
                                ],
                                "button": "Friends",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Try it yourself: open Zalo, go to Settings, Privacy, and "
                    "see who can view your birthday. Then scroll through your "
                    "Facebook page to check for any document photos you should "
                    "delete.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 4
        # --------------------------------------------------------------
        {
            "title": "Scammed? What to do right away",
            "slug": "khi-bi-lua-dao",
            "summary": (
                "What to do at once: call your bank to lock the account, keep "
                "evidence, report to the commune/ward police, warn your family."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Anyone can be scammed, even young or well-educated "
                    "people. If you have sent money, read out an OTP or "
                    "installed a strange app, <b>do not feel ashamed, do not "
                    "hide it</b>. The faster you act, the better the chance of "
                    "keeping your money.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Call your bank's hotline at once",
                            "text": (
                                "Call the hotline number printed on the back of "
                                "your bank card, or the number in your official "
                                "bank app. Say clearly that you have been "
                                "scammed, ask them to lock your account and help "
                                "trace the transaction. Many bank apps also have "
                                "a button to lock your card or account."
                            ),
                            "screen": {
                                "app": "Phone",
                                "title": "Bank hotline",
                                "lines": [
                                    "Number on the back of your bank card",
                                    "“I've been scammed, lock my account”",
                                ],
                                "button": "Call",
                            },
                        },
                        {
                            "title": "Keep the evidence",
                            "text": (
                                "Take screenshots of the messages, the phone "
                                "number, the crook's Zalo or Facebook account "
                                "and the transfer receipt. Do not delete the "
                                "messages."
                            ),
                            "screen": {
                                "app": "Photos",
                                "title": "Screenshots",
                                "lines": [
                                    "The crook's messages",
                                    "Phone number, account name",
                                    "Transfer receipt",
                                ],
                                "button": "Save",
                            },
                        },
                        {
                            "title": "Report to the commune/ward police",
                            "text": (
                                "Take your ID card, your phone and the evidence "
                                "to the police of the commune or ward where you "
                                "live to make a report."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Warn your family",
                            "text": (
                                "Message your family and friends: if anyone "
                                "gets a message asking to borrow money in your "
                                "name, do not send it. Then change your Zalo, "
                                "Facebook and bank passwords."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Family group",
                                "lines": [
                                    "“I've just been scammed, my Zalo may",
                                    "be hacked. If anyone asks to borrow",
                                    "money in my name, don't send it.”",
                                ],
                                "button": "Send",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Beware of being scammed twice:</b> after you lose "
                    "money, someone calling themselves a lawyer, a police "
                    "officer or a “hacker” may promise to <b>get your money "
                    "back</b> for a fee. That is a scam too. Deal only with "
                    "your bank and the police in person.</p>"
                    "<p>When sharing a warning online, describe the trick, do "
                    "not post the victim's private details, and do not mock "
                    "them. Only share news from official sources.</p>",
                ),
                (
                    "tip",
                    "Try it yourself: turn over your bank card and save the "
                    "hotline number in your contacts as “Bank – hotline”. If "
                    "something happens, you can call at once.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Someone calls saying they are the police, that you are linked "
                "to a case, and tells you to transfer money to “verify” it. "
                "What should you do?"
            ),
            "choices": [
                {
                    "text": "Transfer the money at once to avoid trouble",
                    "correct": False,
                },
                {
                    "text": "Install the app they send to “work online”",
                    "correct": False,
                },
                {
                    "text": (
                        "Hang up, do not transfer money, go to the commune/ward "
                        "police yourself to ask"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "The police do not deal with you by phone to demand money. When "
                "needed, they send an invitation letter for you to come to "
                "their office. Hang up and go to the commune/ward police "
                "yourself."
            ),
        },
        {
            "kind": "multiple",
            "text": "Which of these are signs that it may be a scam?",
            "choices": [
                {"text": "Asking you to read out your OTP", "correct": True},
                {
                    "text": (
                        "Rushing you, threatening to lock your account or arrest you"
                    ),
                    "correct": True,
                },
                {
                    "text": "Asking you to pay first to get a job or a prize",
                    "correct": True,
                },
                {
                    "text": "You call the hotline printed on your bank card yourself",
                    "correct": False,
                },
            ],
            "explanation": (
                "Asking for an OTP, rushing, threatening and demanding payment "
                "first are all signs of a scam. Calling the hotline printed on "
                "your card yourself is a safe way to check."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "A text message showing the bank's real name, in the same "
                "thread as the bank's real messages, is certainly genuine."
            ),
            "answer": False,
            "explanation": (
                "Crooks can send messages showing the bank's real name. Do not "
                "tap links in text messages; open the official bank app "
                "yourself to check."
            ),
        },
        {
            "kind": "single",
            "text": (
                "A caller says they are from your mobile network, your SIM will "
                "soon be locked, and tells you to send a text with a strange "
                "code to “upgrade your SIM”. What do you do?"
            ),
            "choices": [
                {"text": "Send the text at once as instructed", "correct": False},
                {
                    "text": (
                        "Do not follow it; go yourself to an official store of "
                        "your mobile network if needed"
                    ),
                    "correct": True,
                },
                {
                    "text": "Read out your OTP so they can upgrade it faster",
                    "correct": False,
                },
            ],
            "explanation": (
                "Following a strange code can put your SIM in the crook's "
                "hands, and they will receive your bank OTP codes. To change "
                "your SIM, go yourself to an official store of your mobile "
                "network."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "If a video call shows your child's face asking to borrow "
                "money, it is certainly your child."
            ),
            "answer": False,
            "explanation": (
                "Crooks can use fake face and fake voice (deepfake) technology. "
                "Call back the number you saved earlier to make sure."
            ),
        },
        {
            "kind": "multiple",
            "text": "Which of these are your personal data?",
            "choices": [
                {"text": "Your personal identification number", "correct": True},
                {"text": "A photo of your face", "correct": True},
                {"text": "Your bank account number", "correct": True},
                {"text": "Today's rice price at the market", "correct": False},
            ],
            "explanation": (
                "Your identification number, face photo and bank account number "
                "all tell who you are, so they are personal data. The rice "
                "price at the market is general information."
            ),
        },
        {
            "kind": "picture",
            "text": "Which photo should you not post publicly on social media?",
            "choices": [
                {
                    "icon": "farm",
                    "label": "Photo of a vegetable garden",
                    "correct": False,
                },
                {
                    "icon": "id-card",
                    "label": "Photo of an ID card",
                    "correct": True,
                },
                {"icon": "gift", "label": "Photo of a gift box", "correct": False},
            ],
            "explanation": (
                "An ID card photo shows your identification number, date of "
                "birth and address. Crooks can use it to pretend to be you or "
                "borrow money in your name."
            ),
        },
        {
            "kind": "single",
            "text": (
                "You have sent money to a scammer by mistake. What should you do first?"
            ),
            "choices": [
                {
                    "text": (
                        "Call your bank's official hotline at once to lock the "
                        "account and trace the transaction"
                    ),
                    "correct": True,
                },
                {
                    "text": (
                        "Look online for someone promising to “get money back” "
                        "for a fee"
                    ),
                    "correct": False,
                },
                {"text": "Keep quiet out of shame", "correct": False},
            ],
            "explanation": (
                "The sooner you call the bank, the better the chance of keeping "
                "your money. Then report to the commune/ward police and warn "
                "your family. People promising to “get money back” for a fee "
                "are scammers too."
            ),
        },
    ],
}

COURSE = {
    "slug": "nhan-dien-lua-dao-truc-tuyen",
    "level": "basic",
    "estimated_minutes": 15,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["4.2", "1.2", "2.5"],
    "cover": {"icon": "shield", "color": "#b45309"},
    "vi": VI,
    "en": EN,
}
