"""The demo micro-course: activating and using the VNeID app."""

from __future__ import annotations

VNEID_COURSE = {
    "title": "Kích hoạt và sử dụng ứng dụng VNeID",
    "slug": "kich-hoat-va-su-dung-vneid",
    "summary": (
        "Học cách kích hoạt tài khoản định danh điện tử trên ứng dụng VNeID "
        "và dùng nó hằng ngày một cách an toàn. Bài học ngắn, dễ hiểu, "
        "làm được ngay trên điện thoại của bạn."
    ),
    "estimated_minutes": 12,
    "pass_mark": 70,
    "lessons": [
        # ------------------------------------------------------------------
        # Bài 1
        # ------------------------------------------------------------------
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
                    "<p><b>VNeID</b> là ứng dụng định danh điện tử của "
                    "<b>Bộ Công an</b>. Ứng dụng do <b>Trung tâm dữ liệu quốc "
                    "gia về dân cư</b> quản lý.</p>"
                    "<p>Có thể hiểu đơn giản: VNeID giống như giấy tờ tùy thân "
                    "nằm trong điện thoại. Nó giúp bạn chứng minh “tôi là ai” "
                    "khi làm việc trên mạng.</p>",
                ),
                (
                    "paragraph",
                    "<p>Tài khoản định danh điện tử có hai mức:</p>"
                    "<ul>"
                    "<li><b>Mức độ 1:</b> bạn tự đăng ký trên ứng dụng. "
                    "Tài khoản này chỉ dùng được một số chức năng cơ bản.</li>"
                    "<li><b>Mức độ 2:</b> bạn đăng ký <b>trực tiếp tại công an "
                    "xã/phường</b>, mang theo <b>thẻ Căn cước</b> hoặc "
                    "<b>Căn cước công dân gắn chip</b>. Cán bộ công an sẽ chụp "
                    "ảnh và lấy vân tay để xác minh. Đây là mức đầy đủ, dùng "
                    "được nhiều chức năng nhất.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p>Với tài khoản <b>mức độ 2</b>, bạn có thể:</p>"
                    "<ul>"
                    "<li>Xem và xuất trình giấy tờ trên điện thoại, như căn "
                    "cước, giấy phép lái xe, thẻ bảo hiểm y tế.</li>"
                    "<li>Làm một số thủ tục hành chính ngay tại nhà.</li>"
                    "<li>Đăng nhập Cổng Dịch vụ công quốc gia.</li>"
                    "</ul>"
                    "<p>Nhờ vậy, bạn đỡ phải mang nhiều giấy tờ, đỡ phải đi lại.</p>",
                ),
                (
                    "tip",
                    "Ghi nhớ: muốn có tài khoản mức độ 2, hãy mang thẻ Căn cước "
                    "gắn chip và điện thoại có số điện thoại đứng tên chính mình "
                    "đến công an xã/phường nơi bạn ở để được đăng ký.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 2
        # ------------------------------------------------------------------
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
                    "<p>Sau khi đăng ký mức độ 2 ở công an xã/phường, bạn sẽ "
                    "nhận một <b>tin nhắn SMS có mã kích hoạt</b> gửi về số "
                    "điện thoại đã đăng ký. Bây giờ bạn tự kích hoạt trên "
                    "điện thoại.</p>"
                    "<p>Bạn cần chuẩn bị:</p>"
                    "<ul>"
                    "<li>Điện thoại thông minh có mạng (wifi hoặc 3G/4G).</li>"
                    "<li><b>Số định danh cá nhân</b>: là dãy <b>12 chữ số</b> "
                    "in trên thẻ Căn cước của bạn.</li>"
                    "<li>Điện thoại đang dùng <b>số điện thoại đã đăng ký</b> "
                    "với công an, để nhận tin nhắn.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><i>Lưu ý: tên nút trên ứng dụng có thể khác một chút "
                    "tùy phiên bản. Nếu không thấy đúng chữ như bài học, hãy "
                    "tìm nút có ý nghĩa giống vậy.</i></p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Tải ứng dụng đúng nguồn",
                            "text": (
                                "Mở CH Play (Google Play) trên điện thoại Android, "
                                "hoặc App Store trên iPhone. Gõ tìm “VNeID”. "
                                "Xem kỹ nhà phát hành là Trung tâm dữ liệu quốc "
                                "gia về dân cư (Bộ Công an), rồi bấm Cài đặt. "
                                "Không tải ứng dụng từ đường link người lạ gửi."
                            ),
                        },
                        {
                            "title": "Mở ứng dụng và chọn kích hoạt",
                            "text": (
                                "Mở ứng dụng VNeID. Chọn “Kích hoạt tài khoản "
                                "định danh điện tử” (hoặc nút có tên gần giống)."
                            ),
                        },
                        {
                            "title": "Nhập số định danh và số điện thoại",
                            "text": (
                                "Nhập số định danh cá nhân 12 chữ số và số "
                                "điện thoại đã đăng ký với công an. Kiểm tra "
                                "lại từng số cho đúng, rồi bấm Gửi yêu cầu."
                            ),
                        },
                        {
                            "title": "Làm theo yêu cầu xác thực (nếu có)",
                            "text": (
                                "Một số phiên bản có thể yêu cầu chụp ảnh khuôn "
                                "mặt hoặc quét thẻ Căn cước. Hãy làm chậm rãi "
                                "theo hướng dẫn trên màn hình."
                            ),
                        },
                        {
                            "title": "Nhập mã kích hoạt từ tin nhắn",
                            "text": (
                                "Mở tin nhắn SMS vừa nhận, xem mã kích hoạt "
                                "(mã OTP). Nhập mã này vào ứng dụng. Mã chỉ "
                                "dùng cho chính bạn, không đọc cho ai khác."
                            ),
                        },
                        {
                            "title": "Đặt mật khẩu",
                            "text": (
                                "Tạo mật khẩu đăng nhập rồi nhập lại lần nữa để "
                                "xác nhận. Ứng dụng sẽ ghi rõ mật khẩu cần có "
                                "gì (thường gồm chữ hoa, chữ thường, chữ số và "
                                "ký tự đặc biệt). Chọn mật khẩu bạn nhớ được "
                                "nhưng người khác khó đoán."
                            ),
                        },
                        {
                            "title": "Đặt mã passcode 6 số",
                            "text": (
                                "Đăng nhập bằng số định danh và mật khẩu vừa tạo. "
                                "Ứng dụng sẽ yêu cầu đặt passcode gồm 6 chữ số. "
                                "Passcode dùng để mở các chức năng quan trọng, "
                                "như xem giấy tờ. Không dùng ngày sinh hay "
                                "123456."
                            ),
                        },
                        {
                            "title": "Hoàn tất",
                            "text": (
                                "Khi màn hình báo thành công, tài khoản của bạn "
                                "đã sẵn sàng. Từ nay, bạn đăng nhập bằng số "
                                "định danh cá nhân và mật khẩu."
                            ),
                        },
                    ],
                ),
                (
                    "tip",
                    "Nếu không nhận được tin nhắn mã kích hoạt, hoặc làm mãi "
                    "không được, hãy mang thẻ Căn cước và điện thoại đến công "
                    "an xã/phường để được hướng dẫn trực tiếp. Không nhờ người "
                    "lạ trên mạng kích hoạt giúp.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 3
        # ------------------------------------------------------------------
        {
            "title": "Dùng VNeID hằng ngày",
            "slug": "dung-vneid-hang-ngay",
            "summary": (
                "Biết cách dùng ví giấy tờ, xuất trình giấy tờ, làm thủ tục "
                "và đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Ví giấy tờ</b> là nơi chứa giấy tờ của bạn trong "
                    "ứng dụng. Tùy từng người, ví có thể có:</p>"
                    "<ul>"
                    "<li>Thẻ Căn cước (căn cước điện tử).</li>"
                    "<li>Giấy phép lái xe.</li>"
                    "<li>Thẻ bảo hiểm y tế (BHYT).</li>"
                    "<li>Đăng ký xe.</li>"
                    "</ul>"
                    "<p>Nếu chưa thấy một giấy tờ, bạn có thể dùng chức năng "
                    "<b>tích hợp giấy tờ</b> (tích hợp thông tin) để gửi yêu "
                    "cầu thêm vào. Sau khi được duyệt, giấy tờ sẽ hiện trong "
                    "ví.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở ví giấy tờ",
                            "text": (
                                "Đăng nhập VNeID, chọn “Ví giấy tờ” (tên nút "
                                "có thể khác một chút tùy phiên bản)."
                            ),
                        },
                        {
                            "title": "Nhập passcode",
                            "text": (
                                "Nhập mã passcode 6 số của bạn. Che màn hình "
                                "khi nhập, không để người khác nhìn thấy."
                            ),
                        },
                        {
                            "title": "Chọn giấy tờ cần xem",
                            "text": (
                                "Bấm vào giấy tờ cần dùng, ví dụ giấy phép lái "
                                "xe hoặc thẻ BHYT."
                            ),
                        },
                        {
                            "title": "Xuất trình khi được yêu cầu",
                            "text": (
                                "Đưa màn hình cho người có thẩm quyền xem, hoặc "
                                "để họ quét mã QR nếu được yêu cầu. Bạn tự cầm "
                                "điện thoại, không cần đưa mật khẩu cho ai."
                            ),
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Làm thủ tục hành chính:</b> trong VNeID có mục thủ "
                    "tục hành chính. Ví dụ, bạn có thể <b>thông báo lưu trú</b> "
                    "khi có người thân đến ở lại nhà mình, mà không cần lên "
                    "công an. Các thủ tục có sẵn có thể thay đổi theo từng "
                    "phiên bản.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Đăng nhập Cổng Dịch vụ công quốc gia:</b> khi làm "
                    "dịch vụ công trực tuyến, bạn có thể chọn đăng nhập bằng "
                    "<b>tài khoản định danh điện tử (VNeID)</b>. Bạn dùng "
                    "chính số định danh và mật khẩu VNeID, hoặc dùng ứng dụng "
                    "VNeID để quét mã QR trên màn hình đăng nhập. Làm theo "
                    "hướng dẫn hiện ra trên trang web.</p>",
                ),
                (
                    "tip",
                    "Thử ngay: mở VNeID, vào Ví giấy tờ, nhập passcode và xem "
                    "thẻ Căn cước của bạn. Nếu có giấy phép lái xe hay thẻ BHYT, "
                    "xem chúng đã có trong ví chưa.",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Bài 4
        # ------------------------------------------------------------------
        {
            "title": "Giữ an toàn tài khoản, nhận biết lừa đảo",
            "slug": "an-toan-va-phong-lua-dao",
            "summary": (
                "Biết cách bảo vệ tài khoản VNeID và nhận ra các chiêu lừa "
                "đảo thường gặp."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Tài khoản VNeID chứa thông tin quan trọng của bạn. "
                    "Kẻ gian có thể dùng nó để làm việc xấu dưới tên bạn. "
                    "Hãy nhớ <b>ba điều không bao giờ đưa cho ai</b>:</p>"
                    "<ol>"
                    "<li><b>Mã OTP</b> (mã trong tin nhắn).</li>"
                    "<li><b>Mật khẩu</b> đăng nhập.</li>"
                    "<li><b>Mã passcode</b> 6 số.</li>"
                    "</ol>"
                    "<p>Kể cả người xưng là công an, cán bộ, hay người thân "
                    "nhờ qua mạng cũng <b>không đưa</b>.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Các chiêu lừa đảo thường gặp:</b></p>"
                    "<ul>"
                    "<li>Gọi điện, nhắn tin, nhắn Zalo <b>giả danh công an</b>, "
                    "nói sẽ “hỗ trợ kích hoạt định danh mức độ 2” hoặc “cập "
                    "nhật thông tin”, rồi xin mã OTP hay mật khẩu.</li>"
                    "<li>Gửi <b>đường link lạ</b> bảo bấm vào để cài ứng dụng "
                    "VNeID hoặc ứng dụng “dịch vụ công”. Đây thường là "
                    "<b>ứng dụng giả</b>, có thể chiếm quyền điện thoại và lấy "
                    "tiền trong tài khoản ngân hàng.</li>"
                    "<li>Dọa bạn rằng tài khoản sắp bị khóa, phải làm ngay.</li>"
                    "</ul>"
                    "<p><b>Công an không gọi điện để hỏi mã OTP, mật khẩu hay "
                    "passcode</b>, và không hướng dẫn kích hoạt qua điện thoại "
                    "với người lạ.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Dừng lại",
                            "text": (
                                "Khi có người lạ hỏi mã OTP, mật khẩu hay "
                                "passcode: không trả lời, không bấm link."
                            ),
                        },
                        {
                            "title": "Cúp máy, không cài gì thêm",
                            "text": (
                                "Tắt cuộc gọi. Chỉ tải VNeID từ CH Play "
                                "(Google Play) hoặc App Store, không cài ứng "
                                "dụng theo link người khác gửi."
                            ),
                        },
                        {
                            "title": "Hỏi nơi đáng tin",
                            "text": (
                                "Nếu còn lo lắng, hãy đến trực tiếp công an "
                                "xã/phường, hoặc hỏi người thân tin cậy ở gần."
                            ),
                        },
                        {
                            "title": "Nếu lỡ đưa mã",
                            "text": (
                                "Nếu lỡ đưa mã hoặc mật khẩu cho người lạ, hãy "
                                "đổi mật khẩu ngay (nếu còn đăng nhập được) và "
                                "báo ngay cho công an xã/phường."
                            ),
                        },
                    ],
                ),
                (
                    "tip",
                    "Ghi nhớ: OTP, mật khẩu, passcode là của riêng bạn. Ai hỏi "
                    "xin, dù xưng là ai, cũng có thể là kẻ lừa đảo.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "text": "Ứng dụng VNeID là của cơ quan nào?",
            "choices": [
                {"text": "Một công ty bán điện thoại", "correct": False},
                {
                    "text": (
                        "Bộ Công an, do Trung tâm dữ liệu quốc gia về dân cư quản lý"
                    ),
                    "correct": True,
                },
                {"text": "Một ngân hàng", "correct": False},
            ],
            "explanation": (
                "VNeID là ứng dụng định danh điện tử của Bộ Công an, do Trung "
                "tâm dữ liệu quốc gia về dân cư quản lý."
            ),
        },
        {
            "text": "Muốn có tài khoản định danh điện tử mức độ 2, bạn làm gì?",
            "choices": [
                {
                    "text": (
                        "Mang thẻ Căn cước gắn chip đến công an xã/phường để đăng ký"
                    ),
                    "correct": True,
                },
                {
                    "text": "Nhờ người lạ trên mạng đăng ký giúp",
                    "correct": False,
                },
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
            "text": "Số định danh cá nhân có bao nhiêu chữ số?",
            "choices": [
                {"text": "6 chữ số", "correct": False},
                {"text": "10 chữ số", "correct": False},
                {"text": "12 chữ số", "correct": True},
            ],
            "explanation": (
                "Số định danh cá nhân là dãy 12 chữ số, in trên thẻ Căn cước "
                "của bạn. Còn passcode mới là mã 6 số."
            ),
        },
        {
            "text": "Nên tải ứng dụng VNeID ở đâu?",
            "choices": [
                {
                    "text": "Từ đường link người lạ gửi qua Zalo",
                    "correct": False,
                },
                {"text": "Từ một trang web lạ tìm thấy trên mạng", "correct": False},
                {"text": "Từ tệp cài đặt bạn bè gửi qua tin nhắn", "correct": False},
                {
                    "text": (
                        "Từ CH Play (Google Play) hoặc App Store, xem đúng "
                        "nhà phát hành"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "Chỉ tải VNeID từ CH Play (Google Play) hoặc App Store, và xem "
                "kỹ nhà phát hành là Trung tâm dữ liệu quốc gia về dân cư "
                "(Bộ Công an). Ứng dụng từ link lạ thường là ứng dụng giả."
            ),
        },
        {
            "text": (
                "Khi kích hoạt tài khoản, mã kích hoạt (OTP) được gửi cho bạn "
                "bằng cách nào?"
            ),
            "choices": [
                {
                    "text": "Tin nhắn SMS gửi về số điện thoại đã đăng ký",
                    "correct": True,
                },
                {"text": "Công an gọi điện đọc cho bạn", "correct": False},
                {"text": "Người lạ nhắn qua Zalo", "correct": False},
            ],
            "explanation": (
                "Mã kích hoạt được gửi bằng tin nhắn SMS đến số điện thoại bạn "
                "đã đăng ký với công an. Bạn tự nhập mã này, không đọc cho ai."
            ),
        },
        {
            "text": "Trong Ví giấy tờ của VNeID có thể có những giấy tờ nào?",
            "choices": [
                {"text": "Chỉ có ảnh chụp gia đình", "correct": False},
                {
                    "text": (
                        "Thẻ Căn cước, giấy phép lái xe, thẻ bảo hiểm y tế, đăng ký xe"
                    ),
                    "correct": True,
                },
                {"text": "Sổ tiết kiệm ngân hàng", "correct": False},
            ],
            "explanation": (
                "Ví giấy tờ có thể chứa thẻ Căn cước, giấy phép lái xe, thẻ "
                "BHYT, đăng ký xe. Nếu còn thiếu, bạn dùng chức năng tích hợp "
                "giấy tờ để thêm vào."
            ),
        },
        {
            "text": (
                "Có người gọi điện xưng là công an, nói sẽ “hỗ trợ kích hoạt "
                "mức độ 2” và xin mã OTP. Bạn nên làm gì?"
            ),
            "choices": [
                {"text": "Đọc mã OTP cho họ thật nhanh", "correct": False},
                {"text": "Bấm vào link họ gửi để cài ứng dụng", "correct": False},
                {
                    "text": (
                        "Không đưa mã, cúp máy, hỏi trực tiếp công an "
                        "xã/phường nếu lo lắng"
                    ),
                    "correct": True,
                },
                {"text": "Gửi cho họ mật khẩu thay vì mã OTP", "correct": False},
            ],
            "explanation": (
                "Công an không gọi điện để hỏi mã OTP, mật khẩu hay passcode. "
                "Đây là chiêu lừa đảo. Hãy cúp máy và hỏi trực tiếp công an "
                "xã/phường."
            ),
        },
        {
            "text": "Bạn có thể đăng nhập Cổng Dịch vụ công quốc gia bằng gì?",
            "choices": [
                {"text": "Bằng số điện thoại của người khác", "correct": False},
                {
                    "text": "Bằng tài khoản định danh điện tử VNeID",
                    "correct": True,
                },
                {"text": "Bằng mã passcode của người thân", "correct": False},
            ],
            "explanation": (
                "Bạn có thể chọn đăng nhập Cổng Dịch vụ công quốc gia bằng tài "
                "khoản định danh điện tử VNeID của chính mình."
            ),
        },
    ],
}
