"""The demo micro-course: selling OCOP and farm products online."""

from __future__ import annotations

VI = {
    "title": "Bán sản phẩm OCOP và nông sản trên mạng",
    "summary": (
        "Học cách chụp ảnh sản phẩm bằng điện thoại, viết mô tả trung thực, "
        "mở gian hàng trên sàn thương mại điện tử hoặc bán qua Zalo, Facebook, "
        "đóng gói gửi hàng, nhận tiền bằng mã VietQR, giữ chữ tín với khách "
        "và tránh các chiêu lừa “đóng phí sàn”."
    ),
    "outcomes": [
        "Chụp ảnh sản phẩm rõ, đẹp và viết mô tả trung thực: nguồn gốc, hạng "
        "sao OCOP, khối lượng, giá bán.",
        "Mở gian hàng trên một sàn thương mại điện tử, hoặc bán qua trang "
        "Facebook, Zalo, và livestream giới thiệu sản phẩm.",
        "Đóng gói, gửi hàng qua đơn vị chuyển phát và nhận tiền bằng mã "
        "VietQR, kiểm tra tiền về trong ứng dụng ngân hàng.",
        "Giữ chữ tín với khách, biết những điều cơ bản về thuế và nhận ra "
        "chiêu lừa đòi “phí sàn”.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Bài 1
        # --------------------------------------------------------------
        {
            "title": "Ảnh rõ, lời thật: chuẩn bị sản phẩm để bán",
            "slug": "anh-dep-mo-ta-trung-thuc",
            "summary": (
                "Chụp ảnh sản phẩm bằng điện thoại và viết mô tả trung thực, "
                "đủ thông tin để khách yên tâm mua."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Khi mua trên mạng, khách không cầm được sản phẩm. "
                    "Khách chỉ nhìn <b>ảnh</b> và đọc <b>lời mô tả</b>. Vì vậy "
                    "ảnh phải rõ, lời phải thật.</p>"
                    "<p><b>Mẹo chụp ảnh bằng điện thoại:</b></p>"
                    "<ul>"
                    "<li>Lau sạch ống kính camera trước khi chụp.</li>"
                    "<li>Chụp ban ngày, gần cửa sổ hoặc ngoài hiên. Ánh sáng "
                    "tự nhiên cho màu thật nhất. Tránh nắng gắt chiếu thẳng.</li>"
                    "<li>Đặt sản phẩm trên nền đơn giản: tấm vải trơn, mặt bàn "
                    "gỗ, lá chuối.</li>"
                    "<li>Chụp nhiều góc: mặt trước, mặt sau có nhãn, cận cảnh "
                    "hạt gạo hay thớ chè, và ảnh cầm trên tay để khách thấy "
                    "kích cỡ.</li>"
                    "<li>Chụp <b>chính sản phẩm của mình</b>. Không lấy ảnh "
                    "của người khác trên mạng, không dùng bộ lọc làm đổi màu "
                    "sản phẩm.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "camera",
                        "alt": "Điện thoại đang chụp ảnh một hũ mật ong đặt "
                        "trên nền vải trơn, cạnh cửa sổ",
                        "caption": "Ánh sáng tự nhiên và nền đơn giản giúp ảnh "
                        "rõ, màu thật.",
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Lời mô tả trung thực cần có:</b></p>"
                    "<ul>"
                    "<li><b>Tên sản phẩm</b> và <b>nơi sản xuất</b>: xã nào, "
                    "tỉnh nào, cơ sở hay hợp tác xã nào làm ra.</li>"
                    "<li><b>Hạng sao OCOP</b>, nếu có: sản phẩm OCOP được công "
                    "nhận từ 3 đến 5 sao. Chỉ ghi đúng số sao trên giấy chứng "
                    "nhận, và giấy còn thời hạn.</li>"
                    "<li><b>Khối lượng</b> hoặc dung tích: ví dụ túi 1 kg, "
                    "hũ 500 ml.</li>"
                    "<li><b>Giá bán</b> rõ ràng, và ai trả phí gửi hàng.</li>"
                    "<li>Hạn sử dụng và cách bảo quản.</li>"
                    "</ul>"
                    "<p><i>Ví dụ:</i> “Mật ong hoa nhãn, hợp tác xã ở xã A, "
                    "tỉnh B. Sản phẩm OCOP 3 sao. Hũ 500 ml, giá 150.000 đồng. "
                    "Hạn dùng 2 năm. Để nơi khô mát.”</p>"
                    "<p><b>Không nói quá:</b> không viết sản phẩm “chữa khỏi "
                    "bệnh”, không tự nhận hạng sao chưa được công nhận. Nói "
                    "quá sẽ mất lòng tin của khách và có thể vi phạm pháp "
                    "luật.</p>",
                ),
                (
                    "tip",
                    "Thử ngay: chọn một sản phẩm ở nhà. Chụp 4 ảnh: mặt trước, "
                    "mặt sau có nhãn, cận cảnh, và ảnh cầm trên tay. Rồi viết "
                    "5 dòng mô tả: tên và nơi làm, hạng sao OCOP (nếu có), "
                    "khối lượng, giá, cách bảo quản.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 2
        # --------------------------------------------------------------
        {
            "title": "Mở gian hàng, bán qua Zalo, Facebook và livestream",
            "slug": "mo-gian-hang-va-livestream",
            "summary": (
                "Chọn nơi bán phù hợp, mở gian hàng trên sàn thương mại điện "
                "tử và biết cách livestream giới thiệu sản phẩm."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Bạn có thể bán ở nhiều nơi:</p>"
                    "<ul>"
                    "<li><b>Sàn thương mại điện tử</b> chuyên cho nông sản, "
                    "như <b>Postmart</b> của Bưu điện Việt Nam hay <b>Vỏ "
                    "Sò</b> của Viettel Post. Hoặc các sàn lớn có nhiều người "
                    "mua. Sàn giúp nhận đơn, giao hàng và thu tiền.</li>"
                    "<li><b>Zalo</b>: gửi ảnh, giá cho khách quen, người "
                    "trong nhóm. Chỉ thêm người vào nhóm khi họ đồng ý.</li>"
                    "<li><b>Trang Facebook</b> (Fanpage) riêng cho sản phẩm, "
                    "tách khỏi trang cá nhân, để khách dễ tìm và theo dõi.</li>"
                    "</ul>"
                    "<p>Mới bắt đầu, hãy chọn <b>một hoặc hai nơi</b> để làm "
                    "cho tốt, rồi mở rộng sau.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Tải ứng dụng sàn đúng nguồn",
                            "text": (
                                "Mở CH Play (Google Play) hoặc App Store. Tìm "
                                "tên sàn bạn chọn, xem đúng nhà phát hành rồi "
                                "cài đặt. Không cài ứng dụng từ đường link "
                                "người lạ gửi."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Tìm ứng dụng",
                                "lines": [
                                    "Gõ tên sàn bạn chọn",
                                    "Xem đúng nhà phát hành",
                                ],
                                "button": "Cài đặt",
                            },
                        },
                        {
                            "title": "Đăng ký tài khoản người bán",
                            "text": (
                                "Mở ứng dụng, chọn mục dành cho người bán (tên "
                                "có thể là “Bán hàng” hay “Kênh người bán”). "
                                "Nhập số điện thoại của mình và mã OTP gửi về "
                                "máy. Mã OTP tự nhập, không đọc cho ai."
                            ),
                            "screen": {
                                "app": "Ứng dụng sàn",
                                "title": "Đăng ký bán hàng",
                                "lines": [
                                    "Số điện thoại: 09xx xxx xxx",
                                    "Mã OTP: tự nhập, không đọc cho ai",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Điền thông tin gian hàng",
                            "text": (
                                "Đặt tên gian hàng dễ nhớ, ghi địa chỉ lấy "
                                "hàng và số điện thoại. Liên kết tài khoản "
                                "ngân hàng đứng tên chính bạn để nhận tiền. "
                                "Làm theo yêu cầu xác minh của sàn."
                            ),
                            "screen": {
                                "app": "Ứng dụng sàn",
                                "title": "Thông tin gian hàng",
                                "lines": [
                                    "Tên gian hàng: Mật ong nhà Lan",
                                    "Địa chỉ lấy hàng",
                                    "Tài khoản ngân hàng đứng tên bạn",
                                ],
                                "button": "Lưu",
                            },
                        },
                        {
                            "title": "Đăng sản phẩm đầu tiên",
                            "text": (
                                "Chọn ảnh đã chụp, dán lời mô tả, ghi khối "
                                "lượng, giá và số lượng còn trong kho. Đọc lại "
                                "một lượt rồi đăng. Sàn có thể duyệt trong vài "
                                "ngày."
                            ),
                            "screen": {
                                "app": "Ứng dụng sàn",
                                "title": "Thêm sản phẩm",
                                "lines": [
                                    "Ảnh: 4 ảnh",
                                    "Mật ong hoa nhãn, OCOP 3 sao",
                                    "Hũ 500 ml – 150.000 đ",
                                    "Còn trong kho: 20",
                                ],
                                "button": "Đăng bán",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><i>Tên nút trên mỗi sàn có thể khác một chút. Nếu "
                    "không thấy đúng chữ, hãy tìm nút có ý nghĩa giống vậy, "
                    "hoặc hỏi nhân viên bưu cục gần nhà.</i></p>"
                    "<p><b>Livestream (phát trực tiếp) cơ bản:</b></p>"
                    "<ul>"
                    "<li>Đặt điện thoại trên giá đỡ cho khỏi rung. Đứng chỗ "
                    "sáng, ít tiếng ồn.</li>"
                    "<li>Kiểm tra mạng trước. Wifi mạnh thì hình không bị "
                    "giật.</li>"
                    "<li>Chào khách, giới thiệu mình và nơi làm ra sản phẩm. "
                    "Cho xem cận cảnh, nói rõ khối lượng và giá.</li>"
                    "<li>Đọc và trả lời bình luận của khách. Nói thật, không "
                    "hứa điều sản phẩm không làm được.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Ghi nhớ: trước buổi livestream đầu tiên, hãy tập thử với "
                    "người nhà 5 phút. Nhờ họ xem và góp ý về ánh sáng, tiếng "
                    "nói và cách giới thiệu.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 3
        # --------------------------------------------------------------
        {
            "title": "Đóng gói, gửi hàng và nhận tiền bằng VietQR",
            "slug": "dong-goi-giao-hang-vietqr",
            "summary": (
                "Đóng gói chắc chắn, gửi qua đơn vị chuyển phát và nhận tiền "
                "an toàn bằng mã VietQR."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Đóng gói cẩn thận:</b></p>"
                    "<ul>"
                    "<li>Hàng lỏng như mật ong, nước mắm: vặn chặt nắp, quấn "
                    "màng bọc quanh nắp, bọc thêm lớp xốp hơi.</li>"
                    "<li>Hàng dễ vỡ: chèn kín thùng, ghi “Hàng dễ vỡ”.</li>"
                    "<li>Hàng tươi: chọn gói giao nhanh, hỏi nơi gửi hàng cách "
                    "đóng gói phù hợp.</li>"
                    "<li>Quay video lúc đóng gói. Nếu có tranh cãi, video giúp "
                    "bạn chứng minh đã gửi đủ hàng.</li>"
                    "</ul>"
                    "<p><b>Gửi hàng:</b> bạn có thể mang ra bưu cục, hoặc hẹn "
                    "đơn vị giao hàng đến lấy tại nhà. Nếu bán trên sàn, sàn "
                    "thường tự tạo đơn giao hàng. Nếu khách chọn <b>thu hộ</b> "
                    "(trả tiền khi nhận hàng), người giao hàng thu tiền rồi "
                    "đơn vị chuyển phát chuyển lại cho bạn.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "qr-code",
                        "alt": "Tấm mã QR nhận tiền dán trên quầy hàng nông sản",
                        "caption": "Mã VietQR giúp khách chuyển đúng số tài "
                        "khoản của bạn, không phải gõ từng số.",
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở mã QR nhận tiền",
                            "text": (
                                "Mở ứng dụng ngân hàng của bạn. Chọn mục nhận "
                                "tiền bằng mã QR (tên có thể là “Mã QR của "
                                "tôi” hay “Nhận tiền”). Mã có biểu tượng "
                                "VietQR dùng được với hầu hết ngân hàng."
                            ),
                            "screen": {
                                "app": "Ngân hàng",
                                "title": "Mã QR của tôi",
                                "lines": [
                                    "NGUYEN THI LAN",
                                    "VietQR – quét bằng app ngân hàng",
                                ],
                                "button": "Tạo mã có số tiền",
                            },
                        },
                        {
                            "title": "Ghi số tiền và nội dung",
                            "text": (
                                "Nhập đúng số tiền của đơn hàng và nội dung "
                                "ngắn, ví dụ tên khách hoặc mã đơn. Khách quét "
                                "sẽ không phải gõ lại."
                            ),
                            "screen": {
                                "app": "Ngân hàng",
                                "title": "Tạo mã QR",
                                "lines": [
                                    "Số tiền: 150.000 đ",
                                    "Nội dung: Chi Hoa mat ong",
                                ],
                                "button": "Lưu ảnh / Chia sẻ",
                            },
                        },
                        {
                            "title": "Gửi mã cho khách",
                            "text": (
                                "Gửi ảnh mã QR cho khách qua Zalo hoặc "
                                "Messenger. Ở chợ hay quầy hàng, in mã QR "
                                "ra giấy và dán nơi dễ thấy."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Chị Hoa",
                                "lines": [
                                    "Em gửi chị mã QR đơn mật ong nhé.",
                                    "[Ảnh mã QR 150.000 đ]",
                                ],
                                "button": "Gửi",
                            },
                        },
                        {
                            "title": "Kiểm tra tiền đã về",
                            "text": (
                                "Mở ứng dụng ngân hàng, xem lịch sử giao dịch. "
                                "Chỉ gửi hàng khi thấy tiền đã vào tài khoản. "
                                "Không tin ảnh chụp màn hình khách gửi, vì ảnh "
                                "có thể làm giả."
                            ),
                            "screen": {
                                "app": "Ngân hàng",
                                "title": "Lịch sử giao dịch",
                                "lines": [
                                    "+150.000 đ",
                                    "Nội dung: Chi Hoa mat ong",
                                ],
                                "button": "Xem chi tiết",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Thử ngay: mở ứng dụng ngân hàng, tìm mã QR nhận tiền của "
                    "bạn và lưu ảnh mã về máy. Nhờ người nhà chuyển thử 1.000 "
                    "đồng rồi xem tiền về trong lịch sử giao dịch.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 4
        # --------------------------------------------------------------
        {
            "title": "Giữ chữ tín, hiểu về thuế và tránh lừa “phí sàn”",
            "slug": "chu-tin-thue-va-lua-dao",
            "summary": (
                "Giữ lòng tin của khách, biết những điều chung về đăng ký và "
                "thuế, nhận ra chiêu lừa đòi đóng phí sàn."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Giữ chữ tín để khách quay lại:</b></p>"
                    "<ul>"
                    "<li>Gửi đúng hàng, đúng khối lượng như đã ghi.</li>"
                    "<li>Trả lời tin nhắn của khách sớm và lịch sự.</li>"
                    "<li>Nếu hàng bị hỏng khi giao, hãy đổi hoặc hoàn tiền "
                    "như đã hứa.</li>"
                    "<li>Cảm ơn khách khi được đánh giá. Khi bị chê, hãy hỏi "
                    "rõ lý do và sửa, đừng cãi nhau.</li>"
                    "<li>Giữ kín số điện thoại, địa chỉ của khách. Không đăng "
                    "ảnh đơn hàng có thông tin khách lên mạng. Luật Bảo vệ dữ "
                    "liệu cá nhân có hiệu lực từ ngày 1/1/2026.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><b>Đăng ký và thuế (hiểu chung):</b> bán hàng trên "
                    "mạng đều đặn để kiếm tiền là hoạt động kinh doanh. Tùy "
                    "quy mô, bạn có thể cần đăng ký hộ kinh doanh và có thể "
                    "phải nộp thuế. Một số sàn có chức năng thanh toán sẽ "
                    "<b>khấu trừ thuế thay</b> cho người bán. Quy định có thể "
                    "thay đổi. Hãy hỏi Ủy ban nhân dân xã/phường hoặc cơ quan "
                    "thuế nơi bạn ở để biết mình cần làm gì.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "Biển cảnh báo màu vàng bên cạnh tin nhắn đòi "
                        "chuyển tiền “phí kích hoạt gian hàng”",
                        "caption": "Ai bắt chuyển tiền vào tài khoản cá nhân để "
                        "“mở khóa đơn hàng” là kẻ lừa đảo.",
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Cảnh giác lừa “phí sàn”:</b> kẻ gian hay nhắn tin, "
                    "gọi điện xưng là <b>nhân viên sàn</b>, hoặc giả làm "
                    "<b>khách đặt đơn lớn</b>. Họ nói gian hàng của bạn bị "
                    "khóa, đơn hàng đang “treo”, và bắt bạn chuyển tiền “phí "
                    "kích hoạt”, “phí bảo hiểm đơn”, “tiền ký quỹ” vào một "
                    "tài khoản cá nhân. Có khi họ gửi đường link lạ để bạn "
                    "đăng nhập.</p>"
                    "<ul>"
                    "<li>Sàn thật tính phí theo chính sách công khai, thường "
                    "trừ thẳng vào tiền hàng. Sàn không bắt bạn chuyển tiền "
                    "vào tài khoản cá nhân.</li>"
                    "<li>Chỉ xem thông báo trong ứng dụng sàn, và hỏi bộ phận "
                    "hỗ trợ ghi trong ứng dụng.</li>"
                    "<li>Không đọc mã OTP, mật khẩu cho ai. Không bấm link "
                    "lạ.</li>"
                    "<li>Nếu đã lỡ chuyển tiền, gọi ngay tổng đài ngân hàng "
                    "của bạn và báo công an xã/phường.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Ghi nhớ: bán hàng là để nhận tiền, không phải để chuyển "
                    "tiền. Ai đòi bạn chuyển tiền để được nhận đơn hay nhận "
                    "tiền hàng, hãy dừng lại và kiểm tra trong ứng dụng sàn.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Mật ong của hợp tác xã bạn được công nhận OCOP 3 sao. Khi viết "
                "mô tả để bán trên mạng, bạn ghi thế nào?"
            ),
            "choices": [
                {"text": "Ghi 5 sao cho khách thấy hấp dẫn hơn", "correct": False},
                {
                    "text": "Ghi đúng “OCOP 3 sao” như trên giấy chứng nhận",
                    "correct": True,
                },
                {"text": "Ghi “chữa khỏi bệnh ho” để bán chạy", "correct": False},
            ],
            "explanation": (
                "Chỉ ghi đúng hạng sao trên giấy chứng nhận OCOP còn thời hạn. "
                "Nói quá hạng sao hay nói sản phẩm chữa bệnh là lừa dối khách "
                "và có thể vi phạm pháp luật."
            ),
        },
        {
            "kind": "multiple",
            "text": "Những cách nào giúp ảnh sản phẩm rõ và trung thực?",
            "choices": [
                {
                    "text": "Chụp ban ngày, dùng ánh sáng tự nhiên",
                    "correct": True,
                },
                {
                    "text": "Chụp nhiều góc, có ảnh cầm trên tay để thấy kích cỡ",
                    "correct": True,
                },
                {
                    "text": "Lấy ảnh đẹp của người khác trên mạng",
                    "correct": False,
                },
                {
                    "text": "Dùng bộ lọc làm màu sản phẩm tươi hơn thật",
                    "correct": False,
                },
            ],
            "explanation": (
                "Ánh sáng tự nhiên và nhiều góc chụp giúp khách thấy đúng sản "
                "phẩm. Ảnh lấy của người khác hay bộ lọc làm đổi màu khiến "
                "khách nhận hàng thấy khác, sẽ mất lòng tin."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Khách gửi ảnh chụp màn hình chuyển khoản thành công là đủ, "
                "bạn có thể gửi hàng ngay."
            ),
            "answer": False,
            "explanation": (
                "Ảnh chụp màn hình có thể làm giả. Hãy mở ứng dụng ngân hàng "
                "của mình, thấy tiền đã vào tài khoản rồi mới gửi hàng."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "Khách muốn chuyển khoản trả tiền hàng. Hình nào là thứ bạn "
                "gửi cho khách để quét?"
            ),
            "choices": [
                {"icon": "otp", "label": "Mã OTP trong tin nhắn", "correct": False},
                {"icon": "qr-code", "label": "Mã QR nhận tiền", "correct": True},
                {"icon": "padlock", "label": "Mật khẩu (ổ khóa)", "correct": False},
                {"icon": "id-card", "label": "Thẻ Căn cước", "correct": False},
            ],
            "explanation": (
                "Bạn gửi mã QR nhận tiền (VietQR) để khách quét và chuyển đúng "
                "tài khoản. Mã OTP, mật khẩu và ảnh thẻ Căn cước thì không gửi "
                "cho ai."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Có người nhắn tin xưng là nhân viên sàn: “Gian hàng của anh/chị "
                "bị khóa, hãy chuyển 500.000 đồng phí kích hoạt vào tài khoản "
                "này để nhận đơn.” Bạn nên làm gì?"
            ),
            "choices": [
                {
                    "text": "Chuyển tiền ngay để không mất đơn",
                    "correct": False,
                },
                {
                    "text": "Bấm vào đường link họ gửi để đăng nhập kiểm tra",
                    "correct": False,
                },
                {
                    "text": (
                        "Không chuyển tiền, chỉ xem thông báo và hỏi hỗ trợ "
                        "ngay trong ứng dụng sàn"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "Đây là chiêu lừa “phí sàn”. Sàn thật không bắt chuyển tiền vào "
                "tài khoản cá nhân. Hãy kiểm tra trong ứng dụng sàn, không bấm "
                "link lạ."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Sàn thương mại điện tử thật tính phí theo chính sách công khai, "
                "thường trừ vào tiền hàng, và không bắt bạn chuyển tiền vào tài "
                "khoản cá nhân để “mở khóa đơn”."
            ),
            "answer": True,
            "explanation": (
                "Đúng. Phí sàn được ghi trong chính sách và thường trừ thẳng "
                "vào tiền hàng. Ai đòi chuyển tiền vào tài khoản cá nhân để mở "
                "khóa đơn là kẻ lừa đảo."
            ),
        },
        {
            "kind": "multiple",
            "text": "Khi livestream bán hàng, bạn nên làm những việc nào?",
            "choices": [
                {
                    "text": "Đặt điện thoại trên giá đỡ, đứng chỗ đủ sáng",
                    "correct": True,
                },
                {
                    "text": "Nói rõ khối lượng và giá, trả lời bình luận",
                    "correct": True,
                },
                {
                    "text": "Hứa sản phẩm chữa được mọi bệnh",
                    "correct": False,
                },
                {
                    "text": "Kiểm tra mạng trước khi phát",
                    "correct": True,
                },
            ],
            "explanation": (
                "Giá đỡ, ánh sáng tốt, mạng ổn định và lời giới thiệu rõ ràng "
                "giúp buổi livestream thành công. Không hứa điều sản phẩm không "
                "làm được."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Bạn bán nông sản trên mạng đều đặn mỗi tháng. Về đăng ký và "
                "thuế, cách làm nào đúng?"
            ),
            "choices": [
                {
                    "text": "Bán trên mạng thì không bao giờ phải nộp thuế",
                    "correct": False,
                },
                {
                    "text": (
                        "Hỏi Ủy ban nhân dân xã/phường hoặc cơ quan thuế để "
                        "biết mình cần đăng ký, nộp thuế thế nào"
                    ),
                    "correct": True,
                },
                {
                    "text": "Nhờ người lạ trên mạng lo thuế giúp, gửi họ mật khẩu",
                    "correct": False,
                },
            ],
            "explanation": (
                "Bán hàng đều đặn là kinh doanh. Tùy quy mô, bạn có thể cần "
                "đăng ký và nộp thuế; một số sàn khấu trừ thuế thay. Hãy hỏi "
                "nơi chính thức, không đưa mật khẩu cho ai."
            ),
        },
    ],
}

EN = {
    "title": "Selling OCOP and farm products online",
    "summary": (
        "Learn to photograph products with your phone, write an honest "
        "description, open a shop on an e-commerce platform or sell through "
        "Zalo and Facebook, pack and ship orders, get paid with a VietQR code, "
        "keep customers' trust and avoid fake “platform fee” scams."
    ),
    "outcomes": [
        "Take clear, attractive product photos and write an honest description: "
        "origin, OCOP star rating, weight, price.",
        "Open a shop on an e-commerce platform, or sell through a Facebook Page "
        "and Zalo, and livestream to present products.",
        "Pack and ship orders with a delivery service and get paid with a "
        "VietQR code, checking the money in your banking app.",
        "Keep customers' trust, know the basics about tax and spot scams "
        "demanding a “platform fee”.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Lesson 1
        # --------------------------------------------------------------
        {
            "title": "Clear photos, true words: getting products ready to sell",
            "slug": "anh-dep-mo-ta-trung-thuc",
            "summary": (
                "Photograph products with your phone and write an honest "
                "description with enough information for customers to buy "
                "with confidence."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>When buying online, customers cannot hold the product. "
                    "They only see the <b>photos</b> and read the "
                    "<b>description</b>. So the photos must be clear and the "
                    "words must be true.</p>"
                    "<p><b>Tips for taking photos with a phone:</b></p>"
                    "<ul>"
                    "<li>Wipe the camera lens clean before shooting.</li>"
                    "<li>Shoot in the daytime, near a window or on the porch. "
                    "Natural light gives the truest colours. Avoid harsh direct "
                    "sun.</li>"
                    "<li>Put the product on a simple background: a plain cloth, "
                    "a wooden table, a banana leaf.</li>"
                    "<li>Shoot from several angles: front, back with the label, "
                    "a close-up of the rice grains or tea leaves, and one held "
                    "in your hand so customers see the size.</li>"
                    "<li>Photograph <b>your own product</b>. Do not take other "
                    "people's photos from the internet, and do not use filters "
                    "that change the product's colour.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "camera",
                        "alt": "A phone photographing a jar of honey on a plain "
                        "cloth next to a window",
                        "caption": "Natural light and a simple background make "
                        "photos clear, with true colours.",
                    },
                ),
                (
                    "paragraph",
                    "<p><b>An honest description needs:</b></p>"
                    "<ul>"
                    "<li>The <b>product name</b> and <b>where it is made</b>: "
                    "which commune, which province, which producer or "
                    "cooperative.</li>"
                    "<li>The <b>OCOP star rating</b>, if any: OCOP products "
                    "are rated from 3 to 5 stars. Write only the number of "
                    "stars on your certificate, and only while it is still "
                    "valid.</li>"
                    "<li>The <b>weight</b> or volume: for example a 1 kg bag, "
                    "a 500 ml jar.</li>"
                    "<li>A clear <b>price</b>, and who pays for shipping.</li>"
                    "<li>The expiry date and how to store it.</li>"
                    "</ul>"
                    "<p><i>Example:</i> “Longan blossom honey, from a "
                    "cooperative in commune A, province B. OCOP 3-star product. "
                    "500 ml jar, 150,000 đồng. Best within 2 years. Keep in a "
                    "cool, dry place.”</p>"
                    "<p><b>Do not exaggerate:</b> do not write that a product "
                    "“cures illness”, and do not claim a star rating you have "
                    "not been given. Exaggeration loses customers' trust and "
                    "may break the law.</p>",
                ),
                (
                    "tip",
                    "Try it now: pick a product at home. Take 4 photos: the "
                    "front, the back with the label, a close-up, and one held in "
                    "your hand. Then write a 5-line description: name and where "
                    "it is made, OCOP stars (if any), weight, price, how to "
                    "store it.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 2
        # --------------------------------------------------------------
        {
            "title": "Opening a shop, selling via Zalo, Facebook and livestream",
            "slug": "mo-gian-hang-va-livestream",
            "summary": (
                "Choose where to sell, open a shop on an e-commerce platform "
                "and learn how to livestream to present your products."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>You can sell in many places:</p>"
                    "<ul>"
                    "<li><b>E-commerce platforms</b> focused on farm products, "
                    "such as <b>Postmart</b> of Vietnam Post or <b>Vỏ Sò</b> "
                    "of Viettel Post. Or the big marketplaces with many buyers. "
                    "A platform helps you take orders, deliver and collect "
                    "payment.</li>"
                    "<li><b>Zalo</b>: send photos and prices to regular "
                    "customers and group members. Only add people to a group "
                    "when they agree.</li>"
                    "<li>A <b>Facebook Page</b> just for your products, "
                    "separate from your personal profile, so customers can find "
                    "and follow it easily.</li>"
                    "</ul>"
                    "<p>When starting out, choose <b>one or two places</b> and "
                    "do them well, then expand later.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Download the platform's app from the "
                            "right source",
                            "text": (
                                "Open CH Play (Google Play) or the App Store. "
                                "Search for the platform you chose, check the "
                                "publisher is correct, then install. Do not "
                                "install apps from links strangers send."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Find an app",
                                "lines": [
                                    "Type the platform's name",
                                    "Check the publisher is correct",
                                ],
                                "button": "Install",
                            },
                        },
                        {
                            "title": "Register a seller account",
                            "text": (
                                "Open the app and choose the section for "
                                "sellers (it may be called “Sell” or “Seller "
                                "Centre”). Enter your own phone number and the "
                                "OTP code sent to your phone. Type the OTP "
                                "yourself; never read it out to anyone."
                            ),
                            "screen": {
                                "app": "Platform app",
                                "title": "Register to sell",
                                "lines": [
                                    "Phone number: 09xx xxx xxx",
                                    "OTP code: type it yourself, tell no one",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Fill in your shop details",
                            "text": (
                                "Give your shop an easy name, enter the pickup "
                                "address and phone number. Link a bank account "
                                "in your own name to receive money. Follow the "
                                "platform's verification steps."
                            ),
                            "screen": {
                                "app": "Platform app",
                                "title": "Shop details",
                                "lines": [
                                    "Shop name: Lan's Family Honey",
                                    "Pickup address",
                                    "Bank account in your name",
                                ],
                                "button": "Save",
                            },
                        },
                        {
                            "title": "Post your first product",
                            "text": (
                                "Choose the photos you took, paste your "
                                "description, enter the weight, price and "
                                "quantity in stock. Read it through once, then "
                                "post. The platform may take a few days to "
                                "approve it."
                            ),
                            "screen": {
                                "app": "Platform app",
                                "title": "Add product",
                                "lines": [
                                    "Photos: 4 photos",
                                    "Longan honey, OCOP 3 stars",
                                    "500 ml jar – 150,000 đ",
                                    "In stock: 20",
                                ],
                                "button": "Post for sale",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><i>Button names may differ slightly on each platform. "
                    "If you do not see the exact words, look for a button with "
                    "the same meaning, or ask the staff at your local post "
                    "office.</i></p>"
                    "<p><b>Livestream (live video) basics:</b></p>"
                    "<ul>"
                    "<li>Put the phone on a stand so it does not shake. Stand "
                    "somewhere bright and quiet.</li>"
                    "<li>Check your internet first. Strong wifi keeps the "
                    "picture from freezing.</li>"
                    "<li>Greet viewers, introduce yourself and where the "
                    "product is made. Show close-ups, state the weight and "
                    "price clearly.</li>"
                    "<li>Read and answer viewers' comments. Tell the truth; "
                    "do not promise what the product cannot do.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Remember: before your first livestream, practise for 5 "
                    "minutes with family. Ask them to watch and comment on the "
                    "light, your voice and how you present.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 3
        # --------------------------------------------------------------
        {
            "title": "Packing, shipping and getting paid with VietQR",
            "slug": "dong-goi-giao-hang-vietqr",
            "summary": (
                "Pack securely, ship with a delivery service and receive money "
                "safely with a VietQR code."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Pack carefully:</b></p>"
                    "<ul>"
                    "<li>Liquids such as honey or fish sauce: screw the lid "
                    "tight, wrap cling film around it, add a layer of bubble "
                    "wrap.</li>"
                    "<li>Fragile goods: fill the box tightly and write "
                    "“Fragile”.</li>"
                    "<li>Fresh produce: choose express delivery, and ask the "
                    "shipping point how best to pack it.</li>"
                    "<li>Film a video while packing. If there is a dispute, "
                    "the video helps prove you sent the full order.</li>"
                    "</ul>"
                    "<p><b>Shipping:</b> you can take the parcel to a post "
                    "office, or book a delivery service to collect it from your "
                    "home. If you sell on a platform, it usually creates the "
                    "shipping order for you. If the customer chooses <b>cash on "
                    "delivery</b>, the courier collects the money and the "
                    "delivery company transfers it to you.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "qr-code",
                        "alt": "A payment QR code stuck on a farm-produce stall",
                        "caption": "A VietQR code lets customers pay into your "
                        "exact account without typing each digit.",
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open your payment QR code",
                            "text": (
                                "Open your banking app. Choose the option to "
                                "receive money by QR code (it may be called "
                                "“My QR” or “Receive money”). A code with the "
                                "VietQR logo works with almost all banks."
                            ),
                            "screen": {
                                "app": "Bank",
                                "title": "My QR code",
                                "lines": [
                                    "NGUYEN THI LAN",
                                    "VietQR – scan with a banking app",
                                ],
                                "button": "Create code with amount",
                            },
                        },
                        {
                            "title": "Enter the amount and a note",
                            "text": (
                                "Enter the exact amount of the order and a "
                                "short note, such as the customer's name or "
                                "the order number. The customer who scans it "
                                "will not have to type it again."
                            ),
                            "screen": {
                                "app": "Bank",
                                "title": "Create QR code",
                                "lines": [
                                    "Amount: 150,000 đ",
                                    "Note: Chi Hoa mat ong",
                                ],
                                "button": "Save image / Share",
                            },
                        },
                        {
                            "title": "Send the code to the customer",
                            "text": (
                                "Send the QR code image to the customer by Zalo "
                                "or Messenger. At a market or stall, print the "
                                "QR code on paper and stick it where it is easy "
                                "to see."
                            ),
                            "screen": {
                                "app": "Zalo",
                                "title": "Ms Hoa",
                                "lines": [
                                    "Here is the QR code for your honey.",
                                    "[QR code image 150,000 đ]",
                                ],
                                "button": "Send",
                            },
                        },
                        {
                            "title": "Check the money has arrived",
                            "text": (
                                "Open your banking app and look at the "
                                "transaction history. Only ship when you see "
                                "the money in your account. Do not trust a "
                                "screenshot the customer sends; screenshots "
                                "can be faked."
                            ),
                            "screen": {
                                "app": "Bank",
                                "title": "Transaction history",
                                "lines": [
                                    "+150,000 đ",
                                    "Note: Chi Hoa mat ong",
                                ],
                                "button": "View details",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Try it now: open your banking app, find your payment QR "
                    "code and save the image to your phone. Ask a family member "
                    "to send you 1,000 đồng, then check it in your transaction "
                    "history.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 4
        # --------------------------------------------------------------
        {
            "title": "Keeping trust, understanding tax and avoiding “platform "
            "fee” scams",
            "slug": "chu-tin-thue-va-lua-dao",
            "summary": (
                "Keep customers' trust, know the general points about "
                "registration and tax, and recognise scams demanding a "
                "platform fee."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Keep your word so customers come back:</b></p>"
                    "<ul>"
                    "<li>Send the right product, at the weight you stated.</li>"
                    "<li>Answer customers' messages quickly and politely.</li>"
                    "<li>If goods are damaged in delivery, exchange them or "
                    "refund as you promised.</li>"
                    "<li>Thank customers for reviews. When criticised, ask "
                    "why and fix it; do not argue.</li>"
                    "<li>Keep customers' phone numbers and addresses private. "
                    "Do not post pictures of orders showing customer details "
                    "online. The Personal Data Protection Law takes effect on "
                    "1 January 2026.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><b>Registration and tax (in general):</b> selling "
                    "online regularly to earn money is a business. Depending on "
                    "its size, you may need to register a household business "
                    "and may have to pay tax. Some platforms with a payment "
                    "function <b>deduct tax on behalf</b> of sellers. Rules can "
                    "change. Ask your commune/ward People's Committee or the "
                    "tax office where you live to find out what you need to "
                    "do.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "A yellow warning sign next to a message "
                        "demanding a “shop activation fee” transfer",
                        "caption": "Anyone who makes you pay into a personal "
                        "account to “unlock orders” is a scammer.",
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Beware of “platform fee” scams:</b> crooks often "
                    "message or call pretending to be <b>platform staff</b>, "
                    "or pose as a <b>customer placing a big order</b>. They say "
                    "your shop is locked or an order is “on hold”, and make you "
                    "transfer an “activation fee”, “order insurance fee” or "
                    "“deposit” to a personal account. Sometimes they send a "
                    "strange link for you to log in.</p>"
                    "<ul>"
                    "<li>Real platforms charge fees under a published policy, "
                    "usually deducted straight from your sales. A platform does "
                    "not make you transfer money to a personal account.</li>"
                    "<li>Only trust notices inside the platform's app, and ask "
                    "the support team listed in the app.</li>"
                    "<li>Never read out OTP codes or passwords to anyone. Do "
                    "not tap strange links.</li>"
                    "<li>If you have already transferred money, call your "
                    "bank's hotline at once and report it to your commune/ward "
                    "police.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Remember: selling means receiving money, not sending it. "
                    "If anyone asks you to transfer money to get an order or "
                    "receive your sales money, stop and check in the "
                    "platform's app.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Your cooperative's honey is certified OCOP 3 stars. When "
                "writing the description to sell online, what do you write?"
            ),
            "choices": [
                {"text": "5 stars, so it looks more attractive", "correct": False},
                {
                    "text": "Exactly “OCOP 3 stars”, as on the certificate",
                    "correct": True,
                },
                {"text": "“Cures coughs”, so it sells fast", "correct": False},
            ],
            "explanation": (
                "Write only the star rating on your valid OCOP certificate. "
                "Inflating the stars or saying a product cures illness deceives "
                "customers and may break the law."
            ),
        },
        {
            "kind": "multiple",
            "text": "Which ways make product photos clear and honest?",
            "choices": [
                {
                    "text": "Shoot in the daytime with natural light",
                    "correct": True,
                },
                {
                    "text": "Shoot several angles, with one held in your hand "
                    "to show the size",
                    "correct": True,
                },
                {
                    "text": "Take someone else's nice photos from the internet",
                    "correct": False,
                },
                {
                    "text": "Use a filter to make the product look fresher than it is",
                    "correct": False,
                },
            ],
            "explanation": (
                "Natural light and several angles let customers see the real "
                "product. Borrowed photos or colour-changing filters make the "
                "delivered product look different, and you lose their trust."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "A customer's screenshot of a successful transfer is enough; "
                "you can ship the order straight away."
            ),
            "answer": False,
            "explanation": (
                "Screenshots can be faked. Open your own banking app, see the "
                "money in your account, and only then ship the order."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "A customer wants to pay for an order by bank transfer. Which "
                "picture shows what you send them to scan?"
            ),
            "choices": [
                {"icon": "otp", "label": "OTP code in an SMS", "correct": False},
                {"icon": "qr-code", "label": "Payment QR code", "correct": True},
                {"icon": "padlock", "label": "Password (padlock)", "correct": False},
                {"icon": "id-card", "label": "Citizen ID card", "correct": False},
            ],
            "explanation": (
                "You send your payment QR code (VietQR) so the customer can scan "
                "it and pay into the right account. OTP codes, passwords and "
                "pictures of your ID card are never sent to anyone."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Someone messages you claiming to be platform staff: “Your shop "
                "is locked. Transfer a 500,000 đồng activation fee to this "
                "account to receive orders.” What should you do?"
            ),
            "choices": [
                {
                    "text": "Transfer the money at once so you do not lose orders",
                    "correct": False,
                },
                {
                    "text": "Tap the link they sent to log in and check",
                    "correct": False,
                },
                {
                    "text": (
                        "Do not transfer; only check notices and ask support "
                        "inside the platform's app"
                    ),
                    "correct": True,
                },
            ],
            "explanation": (
                "This is a “platform fee” scam. Real platforms do not make you "
                "pay into a personal account. Check inside the platform's app "
                "and do not tap strange links."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Real e-commerce platforms charge fees under a published policy, "
                "usually deducted from your sales, and do not make you transfer "
                "money to a personal account to “unlock orders”."
            ),
            "answer": True,
            "explanation": (
                "True. Platform fees are set out in the policy and usually "
                "deducted straight from your sales. Anyone demanding a transfer "
                "to a personal account to unlock orders is a scammer."
            ),
        },
        {
            "kind": "multiple",
            "text": "When selling by livestream, which things should you do?",
            "choices": [
                {
                    "text": "Put the phone on a stand and stand somewhere bright",
                    "correct": True,
                },
                {
                    "text": "State the weight and price clearly, answer comments",
                    "correct": True,
                },
                {
                    "text": "Promise the product cures every illness",
                    "correct": False,
                },
                {
                    "text": "Check your internet before going live",
                    "correct": True,
                },
            ],
            "explanation": (
                "A stand, good light, a stable connection and a clear "
                "presentation make a livestream work. Do not promise what the "
                "product cannot do."
            ),
        },
        {
            "kind": "single",
            "text": (
                "You sell farm products online every month. About registration "
                "and tax, which is the right approach?"
            ),
            "choices": [
                {
                    "text": "Selling online never means paying tax",
                    "correct": False,
                },
                {
                    "text": (
                        "Ask your commune/ward People's Committee or the tax "
                        "office how you need to register and pay tax"
                    ),
                    "correct": True,
                },
                {
                    "text": "Let a stranger online handle your tax and give "
                    "them your password",
                    "correct": False,
                },
            ],
            "explanation": (
                "Selling regularly is a business. Depending on its size, you "
                "may need to register and pay tax; some platforms deduct tax "
                "on your behalf. Ask an official office, and never give anyone "
                "your password."
            ),
        },
    ],
}

COURSE = {
    "slug": "ban-hang-ocop-truc-tuyen",
    "level": "intermediate",
    "estimated_minutes": 20,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["3.1", "2.2", "5.3"],
    "cover": {"icon": "shop", "color": "#7c3aed"},
    "vi": VI,
    "en": EN,
}
