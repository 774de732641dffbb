"""Demo course: paying safely by VietQR code and bank app."""

VI = {
    "title": "Thanh toán bằng mã QR an toàn",
    "summary": (
        "Học cách cài đúng ứng dụng ngân hàng, quét mã VietQR để trả tiền ở "
        "chợ, kiểm tra tên người nhận và số tiền trước khi xác nhận, giữ kín "
        "mã OTP và biết phải làm gì khi chuyển nhầm hay gặp mã QR giả."
    ),
    "outcomes": [
        "Cài đúng ứng dụng ngân hàng chính thức và đăng nhập an toàn.",
        "Quét mã VietQR, kiểm tra tên người nhận và số tiền trước khi xác nhận.",
        "Giữ kín mã OTP và mật khẩu, biết khi nào phải xác thực khuôn mặt, "
        "biết lưu biên lai.",
        "Biết gọi tổng đài chính thức khi chuyển nhầm và nhận ra mã QR giả.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Bài 1
        # --------------------------------------------------------------
        {
            "title": "Cài ứng dụng ngân hàng chính thức và đăng nhập",
            "slug": "cai-ung-dung-ngan-hang",
            "summary": (
                "Tải đúng ứng dụng của ngân hàng bạn từ kho ứng dụng chính "
                "thức, rồi đăng nhập lần đầu."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Để trả tiền bằng mã QR, bạn cần <b>ứng dụng của ngân "
                    "hàng</b> nơi bạn có tài khoản. Mỗi ngân hàng có ứng dụng "
                    "riêng.</p>"
                    "<p>Ứng dụng ngân hàng giữ tiền của bạn. Vì vậy, chỉ tải ở "
                    "<b>kho ứng dụng chính thức</b>: CH Play (Google Play) trên "
                    "điện thoại Android, App Store trên iPhone. <b>Không bao "
                    "giờ</b> cài ứng dụng theo đường link người khác gửi qua "
                    "tin nhắn, Zalo hay Facebook, kể cả khi người gửi xưng là "
                    "nhân viên ngân hàng.</p>"
                    "<p><i>Lưu ý: mỗi ngân hàng đặt tên nút hơi khác nhau. Nếu "
                    "không thấy đúng chữ như bài học, hãy tìm nút có ý nghĩa "
                    "giống vậy.</i></p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở kho ứng dụng",
                            "text": (
                                "Mở CH Play (Android) hoặc App Store (iPhone). "
                                "Gõ tên ngân hàng của bạn vào ô tìm kiếm."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Tìm kiếm",
                                "lines": [
                                    "Ô tìm: tên ngân hàng của bạn",
                                    "Kết quả hiện ra bên dưới",
                                ],
                                "button": "Tìm",
                            },
                        },
                        {
                            "title": "Xem kỹ nhà phát hành",
                            "text": (
                                "Bấm vào kết quả. Dưới tên ứng dụng có dòng nhà "
                                "phát hành: phải đúng tên ngân hàng. Ứng dụng "
                                "thật thường có rất nhiều lượt tải. Nếu còn "
                                "nghi ngờ, hỏi nhân viên tại quầy giao dịch "
                                "của ngân hàng."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Ứng dụng ngân hàng",
                                "lines": [
                                    "Nhà phát hành: đúng tên ngân hàng",
                                    "Rất nhiều lượt tải",
                                ],
                                "button": "Cài đặt",
                            },
                        },
                        {
                            "title": "Đăng nhập lần đầu",
                            "text": (
                                "Mở ứng dụng. Nhập tên đăng nhập và mật khẩu "
                                "theo hướng dẫn của ngân hàng khi bạn mở tài "
                                "khoản. Nếu chưa đăng ký dịch vụ trên điện "
                                "thoại, hãy ra quầy giao dịch để được đăng ký."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Đăng nhập",
                                "lines": [
                                    "Tên đăng nhập",
                                    "Mật khẩu: ••••••",
                                ],
                                "button": "Đăng nhập",
                            },
                        },
                        {
                            "title": "Xác thực trên điện thoại mới",
                            "text": (
                                "Lần đầu đăng nhập trên một điện thoại, ngân "
                                "hàng thường yêu cầu nhập mã OTP và quét khuôn "
                                "mặt, có khi cả áp thẻ Căn cước gắn chip vào "
                                "mặt sau điện thoại. Làm chậm rãi theo hướng "
                                "dẫn, ở nơi đủ sáng."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Xác thực khuôn mặt",
                                "lines": [
                                    "Đưa khuôn mặt vào khung tròn",
                                    "Nhìn thẳng, đủ ánh sáng",
                                ],
                                "button": "Bắt đầu",
                            },
                        },
                        {
                            "title": "Giữ mật khẩu cho riêng mình",
                            "text": (
                                "Mật khẩu ngân hàng chỉ mình bạn biết. Không "
                                "dùng ngày sinh hay 123456. Không ghi mật khẩu "
                                "dán sau lưng điện thoại, không đưa ai giữ hộ."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "tip",
                    "Thử ngay: mở CH Play hoặc App Store, tìm ứng dụng ngân hàng "
                    "của bạn và đọc dòng nhà phát hành. Nếu đã cài rồi, xem ứng "
                    "dụng trên máy có đúng tên ngân hàng không.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 2
        # --------------------------------------------------------------
        {
            "title": "Quét mã VietQR để trả tiền ở sạp chợ",
            "slug": "quet-ma-vietqr",
            "summary": (
                "Quét mã QR ở quầy hàng, kiểm tra tên người nhận và số tiền, "
                "rồi mới xác nhận."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Ở chợ, nhiều sạp hàng dán một tấm <b>mã QR</b> có chữ "
                    "<b>VietQR</b>, thường kèm chữ <b>napas 247</b>. Đây là mã "
                    "chuẩn chung của các ngân hàng Việt Nam: dùng ứng dụng ngân "
                    "hàng nào cũng quét được, và tiền thường đến ngay.</p>"
                    "<p>Mã QR chứa số tài khoản của người bán. Khi quét, ứng "
                    "dụng tự điền số tài khoản, bạn không phải gõ. Nhưng "
                    "<b>bạn vẫn phải tự kiểm tra</b> tên người nhận và số tiền "
                    "trước khi trả.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "qr-code",
                        "alt": "Tấm mã VietQR dán ở quầy hàng",
                        "caption": (
                            "Mã VietQR ở sạp hàng: quét bằng ứng dụng ngân "
                            "hàng, xem tên người nhận rồi mới trả tiền."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở ứng dụng, chọn Quét QR",
                            "text": (
                                "Mở ứng dụng ngân hàng, đăng nhập. Trên trang "
                                "chủ, bấm nút Quét QR (thường có hình ô vuông)."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Trang chủ",
                                "lines": [
                                    "Chuyển tiền",
                                    "Quét QR",
                                    "Lịch sử giao dịch",
                                ],
                                "button": "Quét QR",
                            },
                        },
                        {
                            "title": "Đưa camera vào mã",
                            "text": (
                                "Giữ điện thoại cách tấm mã khoảng một gang "
                                "tay, để mã nằm trong khung vuông. Giữ yên tay, "
                                "ứng dụng sẽ tự đọc mã."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Xem tên người nhận",
                            "text": (
                                "Màn hình hiện tên chủ tài khoản, thường viết "
                                "in hoa không dấu, ví dụ NGUYEN THI HOA. Hỏi "
                                "người bán: “Tài khoản này tên gì ạ?”. Tên phải "
                                "khớp. Nếu khác, dừng lại, không trả."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Chuyển tiền",
                                "lines": [
                                    "Người nhận: NGUYEN THI HOA",
                                    "Ngân hàng nhận: (tên ngân hàng)",
                                    "Số tài khoản: 0123…",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Nhập và kiểm tra số tiền",
                            "text": (
                                "Nhập số tiền người bán báo, ví dụ 45.000 đồng. "
                                "Đếm kỹ số chữ số 0: 45.000 khác 450.000. Nếu "
                                "mã đã có sẵn số tiền, vẫn đọc lại cho chắc. "
                                "Có thể ghi nội dung như “mua rau”."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Chuyển tiền",
                                "lines": [
                                    "Người nhận: NGUYEN THI HOA",
                                    "Số tiền: 45.000 đ",
                                    "Nội dung: mua rau",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Xem lại lần cuối rồi xác nhận",
                            "text": (
                                "Màn hình xác nhận ghi lại tên người nhận và "
                                "số tiền. Đọc lại một lần nữa. Đúng cả hai thì "
                                "mới bấm Xác nhận. Bài sau nói về bước xác "
                                "thực tiếp theo."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Xác nhận giao dịch",
                                "lines": [
                                    "Người nhận: NGUYEN THI HOA",
                                    "Số tiền: 45.000 đ",
                                    "Nội dung: mua rau",
                                ],
                                "button": "Xác nhận",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Ghi nhớ: quét xong, đọc to tên người nhận và số tiền. Tên "
                    "đúng, tiền đúng, mới bấm Xác nhận.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 3
        # --------------------------------------------------------------
        {
            "title": "Mã OTP, xác thực khuôn mặt và biên lai",
            "slug": "xac-thuc-va-bien-lai",
            "summary": (
                "Hiểu bước xác thực cuối cùng, vì sao không đưa mã OTP cho ai, "
                "và cách giữ biên lai."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Sau khi bấm Xác nhận, ngân hàng hỏi lại để chắc chắn "
                    "<b>chính bạn</b> đang chuyển tiền. Tùy ngân hàng và số "
                    "tiền, bạn sẽ:</p>"
                    "<ul>"
                    "<li>Nhập <b>mã OTP</b>: dãy số ngân hàng gửi qua tin "
                    "nhắn, chỉ dùng một lần và hết hạn sau ít phút.</li>"
                    "<li>Dùng <b>Smart OTP</b>: mã tạo ngay trong ứng dụng "
                    "ngân hàng, mở bằng mã PIN riêng của bạn.</li>"
                    "<li><b>Quét khuôn mặt</b>: từ ngày 1/7/2024, chuyển tiền "
                    "trên mạng <b>trên 10 triệu đồng một lần</b>, hoặc "
                    "<b>tổng trên 20 triệu đồng trong một ngày</b>, phải xác "
                    "thực bằng khuôn mặt. Khuôn mặt được so với dữ liệu của "
                    "thẻ Căn cước gắn chip.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><b>Mã OTP, mã PIN và mật khẩu là chìa khóa tiền của "
                    "bạn.</b> Ngân hàng, công an hay bất kỳ cơ quan nào cũng "
                    "<b>không bao giờ</b> gọi điện, nhắn tin xin các mã này. "
                    "Ai xin, dù xưng là ai, là kẻ lừa đảo.</p>"
                    "<p>Nếu bạn không đang chuyển tiền mà vẫn nhận được tin "
                    "nhắn OTP, nghĩa là có người đang thử dùng tài khoản của "
                    "bạn. Đừng đưa mã cho ai, và gọi tổng đài chính thức của "
                    "ngân hàng.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Xác thực giao dịch",
                            "text": (
                                "Nhập mã PIN Smart OTP, hoặc mã OTP trong tin "
                                "nhắn, hoặc quét khuôn mặt khi được yêu cầu. "
                                "Che màn hình khi nhập mã."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Xác thực giao dịch",
                                "lines": [
                                    "Nhập mã PIN Smart OTP",
                                    "● ● ● ● ● ●",
                                ],
                                "button": "Xác nhận",
                            },
                        },
                        {
                            "title": "Xem màn hình thành công",
                            "text": (
                                "Khi thấy “Giao dịch thành công”, đọc lại số "
                                "tiền và tên người nhận, rồi đưa màn hình cho "
                                "người bán xem."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Giao dịch thành công",
                                "lines": [
                                    "Số tiền: 45.000 đ",
                                    "Người nhận: NGUYEN THI HOA",
                                    "Mã giao dịch: (dãy số)",
                                    "Thời gian: 07:30 15/11/2025",
                                ],
                                "button": "Lưu ảnh",
                            },
                        },
                        {
                            "title": "Giữ biên lai",
                            "text": (
                                "Bấm Lưu ảnh hoặc chụp màn hình để giữ biên "
                                "lai. Biên lai có mã giao dịch, giúp ngân hàng "
                                "tìm lại khi có sai sót. Bạn cũng xem lại được "
                                "trong mục Lịch sử giao dịch."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Lịch sử giao dịch",
                                "lines": [
                                    "15/11: −45.000 đ, NGUYEN THI HOA",
                                    "14/11: −120.000 đ, TRAN VAN BINH",
                                ],
                                "button": "Xem chi tiết",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Ghi nhớ: mã OTP, mã PIN và mật khẩu là của riêng bạn. Ai "
                    "hỏi xin, dù xưng là nhân viên ngân hàng hay công an, cũng "
                    "là kẻ lừa đảo. Cúp máy ngay.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Bài 4
        # --------------------------------------------------------------
        {
            "title": "Khi chuyển nhầm tiền và khi gặp mã QR giả",
            "slug": "chuyen-nham-va-ma-qr-gia",
            "summary": (
                "Biết phải làm gì khi lỡ chuyển nhầm, và cách nhận ra mã QR giả "
                "dán đè lên mã thật."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Lỡ chuyển nhầm người hoặc nhầm số tiền thì <b>bình "
                    "tĩnh</b> và <b>báo ngân hàng càng sớm càng tốt</b>. Chỉ "
                    "gọi <b>tổng đài chính thức của ngân hàng</b>: số in trong "
                    "ứng dụng (mục Liên hệ hoặc Hỗ trợ) hoặc ở mặt sau thẻ ngân "
                    "hàng. Không gọi số tìm trên Facebook, không tin người "
                    "quảng cáo “lấy lại tiền giúp”: đó thường là kẻ lừa đảo.</p>"
                    "<p>Ngược lại, nếu người lạ “chuyển nhầm” tiền vào tài "
                    "khoản bạn rồi gọi đòi, đừng tự chuyển trả theo số tài "
                    "khoản họ đưa. Hãy báo ngân hàng để ngân hàng xử lý.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Tìm số tổng đài trong ứng dụng",
                            "text": (
                                "Mở ứng dụng ngân hàng, vào mục Liên hệ hoặc "
                                "Hỗ trợ. Bấm gọi số tổng đài hiện ở đó."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Liên hệ",
                                "lines": [
                                    "Tổng đài chăm sóc khách hàng",
                                    "(số điện thoại của ngân hàng)",
                                ],
                                "button": "Gọi",
                            },
                        },
                        {
                            "title": "Báo rõ giao dịch",
                            "text": (
                                "Nói rõ: ngày giờ chuyển, số tiền, tên và số "
                                "tài khoản nhận, mã giao dịch trong biên lai. "
                                "Ngân hàng sẽ hướng dẫn bạn làm đề nghị tra "
                                "soát. Tổng đài không bao giờ hỏi mã OTP."
                            ),
                            "screen": {
                                "app": "Ứng dụng ngân hàng",
                                "title": "Chi tiết giao dịch",
                                "lines": [
                                    "Số tiền: 450.000 đ",
                                    "Người nhận: TRAN VAN BINH",
                                    "Mã giao dịch: (dãy số)",
                                ],
                                "button": "Lưu ảnh",
                            },
                        },
                        {
                            "title": "Chờ ngân hàng xử lý",
                            "text": (
                                "Ngân hàng liên hệ ngân hàng bên nhận để đề "
                                "nghị trả lại. Tiền thường chỉ được trả khi "
                                "người nhận đồng ý. Nếu họ không chịu trả, hỏi "
                                "ngân hàng hướng dẫn hoặc báo công an "
                                "xã/phường."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Mã QR giả dán đè:</b> kẻ gian có thể dán mã QR của "
                    "họ đè lên mã thật ở sạp hàng, chỗ gửi xe hay trên tờ thông "
                    "báo. Bạn quét, tiền chạy vào tài khoản kẻ gian. Cách "
                    "phòng:</p>"
                    "<ul>"
                    "<li>Luôn xem <b>tên người nhận</b> trên ứng dụng và hỏi "
                    "người bán cho khớp.</li>"
                    "<li>Thấy tấm mã bị dán chồng, mép bong, mờ hay lệch: báo "
                    "người bán, không quét.</li>"
                    "<li>Không quét mã QR người lạ gửi qua tin nhắn, Zalo. Bạn "
                    "<b>không bao giờ</b> cần quét mã để <b>nhận</b> tiền hay "
                    "nhận quà.</li>"
                    "<li>Nếu bạn là người bán: thường xuyên xem lại tấm mã của "
                    "mình, và xem tiền đã vào trong ứng dụng của chính mình, "
                    "đừng chỉ tin ảnh màn hình người mua đưa.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "Biển cảnh báo mã QR giả",
                        "caption": (
                            "Tên người nhận không khớp với người bán? Dừng lại, "
                            "không trả tiền."
                        ),
                    },
                ),
                (
                    "tip",
                    "Thử ngay: mở ứng dụng ngân hàng, tìm mục Liên hệ hoặc Hỗ "
                    "trợ, rồi lưu số tổng đài chính thức vào danh bạ với tên "
                    "“Tổng đài ngân hàng”.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": "Bạn nên tải ứng dụng ngân hàng ở đâu?",
            "choices": [
                {
                    "text": (
                        "Theo đường link người xưng là nhân viên ngân hàng gửi qua Zalo"
                    ),
                    "correct": False,
                },
                {
                    "text": (
                        "Từ CH Play hoặc App Store, nhà phát hành đúng tên ngân hàng"
                    ),
                    "correct": True,
                },
                {"text": "Từ tệp cài đặt bạn bè gửi qua tin nhắn", "correct": False},
            ],
            "explanation": (
                "Chỉ tải ứng dụng ngân hàng từ CH Play (Google Play) hoặc App "
                "Store, và xem kỹ nhà phát hành là đúng ngân hàng. Ứng dụng "
                "cài theo link lạ thường là ứng dụng giả để lấy tiền."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Quét mã QR ở sạp chợ xong, trước khi bấm Xác nhận bạn phải "
                "kiểm tra những gì? (Chọn tất cả ý đúng)"
            ),
            "choices": [
                {"text": "Tên người nhận hiện trên ứng dụng", "correct": True},
                {"text": "Số tiền, đếm kỹ số chữ số 0", "correct": True},
                {"text": "Màu của tấm mã QR", "correct": False},
                {"text": "Giờ trên điện thoại", "correct": False},
            ],
            "explanation": (
                "Tên người nhận phải khớp với người bán, và số tiền phải đúng "
                "(45.000 khác 450.000). Màu tấm mã hay giờ trên máy không cho "
                "biết tiền đi đâu."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Nhân viên ngân hàng có thể gọi điện xin mã OTP để giúp bạn "
                "mở khóa tài khoản."
            ),
            "answer": False,
            "explanation": (
                "Sai. Ngân hàng không bao giờ xin mã OTP, mã PIN hay mật khẩu. "
                "Ai xin các mã này là kẻ lừa đảo: hãy cúp máy."
            ),
        },
        {
            "kind": "picture",
            "text": "Hình nào là thứ bạn không bao giờ được đọc cho người gọi điện?",
            "choices": [
                {"icon": "shop", "label": "Sạp hàng ở chợ", "correct": False},
                {"icon": "otp", "label": "Mã OTP trên điện thoại", "correct": True},
                {"icon": "farm", "label": "Cánh đồng", "correct": False},
                {"icon": "star", "label": "Ngôi sao", "correct": False},
            ],
            "explanation": (
                "Mã OTP chỉ để bạn tự nhập vào ứng dụng. Đọc mã OTP cho người "
                "khác là giao tiền của mình cho họ."
            ),
        },
        {
            "kind": "single",
            "text": "Bạn lỡ chuyển nhầm tiền. Việc đầu tiên nên làm là gì?",
            "choices": [
                {
                    "text": (
                        "Gọi tổng đài chính thức của ngân hàng, số in trong "
                        "ứng dụng hoặc sau thẻ"
                    ),
                    "correct": True,
                },
                {
                    "text": "Nhờ người trên Facebook quảng cáo “lấy lại tiền giúp”",
                    "correct": False,
                },
                {
                    "text": "Chuyển thêm tiền để “hủy” giao dịch",
                    "correct": False,
                },
                {"text": "Chờ vài tháng xem sao", "correct": False},
            ],
            "explanation": (
                "Báo ngay tổng đài chính thức của ngân hàng, số in trong ứng "
                "dụng hoặc mặt sau thẻ. Người quảng cáo “lấy lại tiền” trên "
                "mạng thường là kẻ lừa đảo."
            ),
        },
        {
            "kind": "true_false",
            "text": "Kẻ gian có thể dán mã QR giả đè lên mã thật ở quầy hàng.",
            "answer": True,
            "explanation": (
                "Đúng. Vì vậy, quét xong luôn xem tên người nhận và hỏi người "
                "bán cho khớp. Thấy mã bị dán chồng thì báo người bán."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "Chuyển tiền trên mạng hơn 10 triệu đồng một lần, ngân hàng "
                "yêu cầu xác thực bằng gì? Chọn hình đúng."
            ),
            "choices": [
                {"icon": "gift", "label": "Hộp quà", "correct": False},
                {"icon": "parcel", "label": "Bưu kiện", "correct": False},
                {"icon": "face", "label": "Khuôn mặt của bạn", "correct": True},
                {"icon": "star", "label": "Ngôi sao", "correct": False},
            ],
            "explanation": (
                "Từ ngày 1/7/2024, chuyển tiền trên mạng trên 10 triệu đồng "
                "một lần (hoặc tổng trên 20 triệu đồng một ngày) phải xác thực "
                "bằng khuôn mặt."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Vì sao nên lưu biên lai (màn hình “Giao dịch thành công”)? "
                "(Chọn tất cả ý đúng)"
            ),
            "choices": [
                {
                    "text": "Có mã giao dịch để ngân hàng tra soát khi có sai sót",
                    "correct": True,
                },
                {
                    "text": "Làm bằng chứng đã trả tiền cho người bán",
                    "correct": True,
                },
                {"text": "Để gửi cho người lạ đổi lấy quà", "correct": False},
            ],
            "explanation": (
                "Biên lai có số tiền, người nhận và mã giao dịch: là bằng chứng "
                "đã trả tiền, và giúp ngân hàng tìm lại giao dịch khi có sai sót."
            ),
        },
    ],
}

EN = {
    "title": "Paying safely by QR code",
    "summary": (
        "Learn to install the right bank app, scan a VietQR code to pay at the "
        "market, check the recipient's name and the amount before confirming, "
        "keep your OTP secret, and know what to do after a mistaken transfer "
        "or when you meet a fake QR code."
    ),
    "outcomes": [
        "Install the official bank app and log in safely.",
        "Scan a VietQR code and check the recipient's name and the amount "
        "before confirming.",
        "Keep your OTP and password secret, know when a face check is needed, "
        "and save the receipt.",
        "Call the official hotline after a mistaken transfer and spot fake QR codes.",
    ],
    "lessons": [
        # --------------------------------------------------------------
        # Lesson 1
        # --------------------------------------------------------------
        {
            "title": "Install the official bank app and log in",
            "slug": "cai-ung-dung-ngan-hang",
            "summary": (
                "Download your bank's own app from the official app store, then "
                "log in for the first time."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>To pay by QR code, you need the <b>app of the bank</b> "
                    "where you have an account. Each bank has its own app.</p>"
                    "<p>A bank app holds your money. So only download it from "
                    "the <b>official app store</b>: CH Play (Google Play) on an "
                    "Android phone, the App Store on an iPhone. <b>Never</b> "
                    "install an app from a link someone sends by text message, "
                    "Zalo or Facebook, even if the sender says they work for "
                    "the bank.</p>"
                    "<p><i>Note: each bank names its buttons a little "
                    "differently. If you do not see the exact words from the "
                    "lesson, look for a button that means the same.</i></p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open the app store",
                            "text": (
                                "Open CH Play (Android) or the App Store "
                                "(iPhone). Type your bank's name in the search "
                                "box."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Search",
                                "lines": [
                                    "Search box: your bank's name",
                                    "Results appear below",
                                ],
                                "button": "Search",
                            },
                        },
                        {
                            "title": "Check the publisher carefully",
                            "text": (
                                "Tap the result. Under the app's name is the "
                                "publisher: it must be the bank's exact name. "
                                "The real app usually has a great many "
                                "downloads. If in doubt, ask the staff at the "
                                "bank's counter."
                            ),
                            "screen": {
                                "app": "CH Play",
                                "title": "Bank app",
                                "lines": [
                                    "Publisher: the bank's exact name",
                                    "A great many downloads",
                                ],
                                "button": "Install",
                            },
                        },
                        {
                            "title": "Log in for the first time",
                            "text": (
                                "Open the app. Enter the username and password "
                                "the bank gave you when you opened your "
                                "account. If you have not signed up for mobile "
                                "banking yet, go to the bank's counter to sign "
                                "up."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Log in",
                                "lines": [
                                    "Username",
                                    "Password: ••••••",
                                ],
                                "button": "Log in",
                            },
                        },
                        {
                            "title": "Verify on a new phone",
                            "text": (
                                "The first time you log in on a phone, the bank "
                                "usually asks for an OTP and a face scan, "
                                "sometimes also holding your chip ID card to "
                                "the back of the phone. Follow the instructions "
                                "slowly, in a well-lit place."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Face check",
                                "lines": [
                                    "Place your face in the circle",
                                    "Look straight, good light",
                                ],
                                "button": "Start",
                            },
                        },
                        {
                            "title": "Keep your password to yourself",
                            "text": (
                                "Only you should know your bank password. Do "
                                "not use your birthday or 123456. Do not write "
                                "it on the back of your phone, and do not give "
                                "it to anyone to keep for you."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "tip",
                    "Try it now: open CH Play or the App Store, find your bank's "
                    "app and read the publisher line. If it is already "
                    "installed, check that the app on your phone shows the "
                    "bank's exact name.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 2
        # --------------------------------------------------------------
        {
            "title": "Scan a VietQR code to pay at a market stall",
            "slug": "quet-ma-vietqr",
            "summary": (
                "Scan the QR code at the stall, check the recipient's name and "
                "the amount, and only then confirm."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>At the market, many stalls display a <b>QR code</b> "
                    "marked <b>VietQR</b>, often with the words <b>napas "
                    "247</b>. This is the common standard of Vietnamese banks: "
                    "any bank app can scan it, and the money usually arrives "
                    "at once.</p>"
                    "<p>The QR code holds the seller's account number. When "
                    "you scan, the app fills in the account number for you. "
                    "But <b>you still have to check</b> the recipient's name "
                    "and the amount yourself before paying.</p>",
                ),
                (
                    "image",
                    {
                        "icon": "qr-code",
                        "alt": "A VietQR code displayed at a stall",
                        "caption": (
                            "A VietQR code at a stall: scan it with your bank "
                            "app, check the recipient's name, then pay."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open the app and choose Scan QR",
                            "text": (
                                "Open your bank app and log in. On the home "
                                "screen, tap the Scan QR button (often a "
                                "square icon)."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Home",
                                "lines": [
                                    "Transfer",
                                    "Scan QR",
                                    "Transaction history",
                                ],
                                "button": "Scan QR",
                            },
                        },
                        {
                            "title": "Point the camera at the code",
                            "text": (
                                "Hold the phone about a hand's span from the "
                                "code, with the code inside the square frame. "
                                "Keep your hand still: the app reads the code "
                                "by itself."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Check the recipient's name",
                            "text": (
                                "The screen shows the account holder's name, "
                                "usually in capitals without accents, for "
                                "example NGUYEN THI HOA. Ask the seller: “What "
                                "name is this account in?”. The names must "
                                "match. If not, stop and do not pay."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Transfer",
                                "lines": [
                                    "Recipient: NGUYEN THI HOA",
                                    "Receiving bank: (bank name)",
                                    "Account number: 0123…",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Enter and check the amount",
                            "text": (
                                "Enter the amount the seller tells you, for "
                                "example 45,000 đồng. Count the zeros: 45,000 "
                                "is not 450,000. If the code already has an "
                                "amount, still read it again. You can add a "
                                "note such as “vegetables”."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Transfer",
                                "lines": [
                                    "Recipient: NGUYEN THI HOA",
                                    "Amount: 45,000 đ",
                                    "Note: vegetables",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Check one last time, then confirm",
                            "text": (
                                "The confirmation screen repeats the "
                                "recipient's name and the amount. Read them "
                                "once more. Only when both are right, tap "
                                "Confirm. The next lesson covers the "
                                "verification step that follows."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Confirm transaction",
                                "lines": [
                                    "Recipient: NGUYEN THI HOA",
                                    "Amount: 45,000 đ",
                                    "Note: vegetables",
                                ],
                                "button": "Confirm",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Remember: after scanning, read the recipient's name and the "
                    "amount out loud. Right name, right amount: only then tap "
                    "Confirm.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 3
        # --------------------------------------------------------------
        {
            "title": "OTP codes, face checks and receipts",
            "slug": "xac-thuc-va-bien-lai",
            "summary": (
                "Understand the final verification step, why you never give "
                "your OTP to anyone, and how to keep the receipt."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>After you tap Confirm, the bank checks again that it "
                    "is <b>really you</b> sending the money. Depending on the "
                    "bank and the amount, you will:</p>"
                    "<ul>"
                    "<li>Enter an <b>OTP</b>: a code the bank sends by text "
                    "message, used only once and expiring after a few "
                    "minutes.</li>"
                    "<li>Use <b>Smart OTP</b>: a code made inside the bank app, "
                    "opened with your own PIN.</li>"
                    "<li><b>Scan your face</b>: since 1 July 2024, online "
                    "transfers of <b>more than 10 million đồng at a time</b>, "
                    "or <b>more than 20 million đồng in total in one day</b>, "
                    "need a face check. Your face is compared with the data "
                    "on your chip ID card.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p><b>Your OTP, PIN and password are the keys to your "
                    "money.</b> Banks, the police and every other authority "
                    "<b>never</b> call or text to ask for these codes. Whoever "
                    "asks, whoever they claim to be, is a scammer.</p>"
                    "<p>If you receive an OTP message when you are not making "
                    "a transfer, someone is trying to use your account. Do not "
                    "give the code to anyone, and call the bank's official "
                    "hotline.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Verify the transaction",
                            "text": (
                                "Enter your Smart OTP PIN, or the OTP from the "
                                "text message, or scan your face when asked. "
                                "Cover the screen while typing a code."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Verify transaction",
                                "lines": [
                                    "Enter your Smart OTP PIN",
                                    "● ● ● ● ● ●",
                                ],
                                "button": "Confirm",
                            },
                        },
                        {
                            "title": "Look at the success screen",
                            "text": (
                                "When you see “Transaction successful”, read "
                                "the amount and the recipient's name again, "
                                "then show the screen to the seller."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Transaction successful",
                                "lines": [
                                    "Amount: 45,000 đ",
                                    "Recipient: NGUYEN THI HOA",
                                    "Transaction ID: (digits)",
                                    "Time: 07:30 15/11/2025",
                                ],
                                "button": "Save image",
                            },
                        },
                        {
                            "title": "Keep the receipt",
                            "text": (
                                "Tap Save image or take a screenshot to keep "
                                "the receipt. It has the transaction ID, which "
                                "helps the bank find the transfer if something "
                                "goes wrong. You can also look it up in "
                                "Transaction history."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Transaction history",
                                "lines": [
                                    "15/11: −45,000 đ, NGUYEN THI HOA",
                                    "14/11: −120,000 đ, TRAN VAN BINH",
                                ],
                                "button": "View details",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Remember: your OTP, PIN and password are yours alone. "
                    "Anyone who asks for them, even someone claiming to be bank "
                    "staff or the police, is a scammer. Hang up at once.",
                ),
            ],
        },
        # --------------------------------------------------------------
        # Lesson 4
        # --------------------------------------------------------------
        {
            "title": "After a mistaken transfer, and fake QR codes",
            "slug": "chuyen-nham-va-ma-qr-gia",
            "summary": (
                "Know what to do after sending money by mistake, and how to "
                "spot a fake QR code stuck over the real one."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>If you send money to the wrong person or the wrong "
                    "amount, <b>stay calm</b> and <b>tell the bank as soon as "
                    "possible</b>. Only call the <b>bank's official "
                    "hotline</b>: the number shown in the app (under Contact "
                    "or Support) or on the back of your bank card. Do not call "
                    "numbers found on Facebook, and do not trust people who "
                    "advertise “getting your money back”: they are usually "
                    "scammers.</p>"
                    "<p>The other way round: if a stranger sends money to your "
                    "account “by mistake” and then calls to ask for it, do not "
                    "send it back yourself to an account they name. Tell your "
                    "bank and let the bank handle it.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Find the hotline in the app",
                            "text": (
                                "Open your bank app and go to Contact or "
                                "Support. Tap to call the hotline number shown "
                                "there."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Contact",
                                "lines": [
                                    "Customer service hotline",
                                    "(the bank's phone number)",
                                ],
                                "button": "Call",
                            },
                        },
                        {
                            "title": "Describe the transaction clearly",
                            "text": (
                                "Say clearly: the date and time, the amount, "
                                "the recipient's name and account number, and "
                                "the transaction ID on the receipt. The bank "
                                "will guide you to file a trace request. The "
                                "hotline never asks for your OTP."
                            ),
                            "screen": {
                                "app": "Bank app",
                                "title": "Transaction details",
                                "lines": [
                                    "Amount: 450,000 đ",
                                    "Recipient: TRAN VAN BINH",
                                    "Transaction ID: (digits)",
                                ],
                                "button": "Save image",
                            },
                        },
                        {
                            "title": "Wait for the bank to handle it",
                            "text": (
                                "Your bank contacts the receiving bank to ask "
                                "for the money back. The money is usually "
                                "returned only if the recipient agrees. If "
                                "they refuse, ask your bank for guidance or "
                                "report it to your commune police."
                            ),
                            "screen": None,
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Fake QR codes stuck on top:</b> a crook may stick "
                    "their own QR code over the real one at a stall, a parking "
                    "spot or on a notice. You scan, and the money goes into "
                    "the crook's account. How to protect yourself:</p>"
                    "<ul>"
                    "<li>Always look at the <b>recipient's name</b> in the app "
                    "and ask the seller whether it matches.</li>"
                    "<li>If the code looks stuck on top of another, peeling, "
                    "blurred or crooked: tell the seller and do not scan.</li>"
                    "<li>Do not scan QR codes that strangers send by text or "
                    "Zalo. You <b>never</b> need to scan a code to "
                    "<b>receive</b> money or a gift.</li>"
                    "<li>If you are a seller: check your own code often, and "
                    "check that the money has arrived in your own app; do not "
                    "rely only on a screenshot the buyer shows you.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "warning",
                        "alt": "A warning sign about fake QR codes",
                        "caption": (
                            "The recipient's name does not match the seller? "
                            "Stop, and do not pay."
                        ),
                    },
                ),
                (
                    "tip",
                    "Try it now: open your bank app, find Contact or Support, "
                    "and save the official hotline number in your contacts "
                    "as “Bank hotline”.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": "Where should you download your bank app?",
            "choices": [
                {
                    "text": (
                        "From a link sent over Zalo by someone claiming to be "
                        "bank staff"
                    ),
                    "correct": False,
                },
                {
                    "text": (
                        "From CH Play or the App Store, with the bank's exact "
                        "name as publisher"
                    ),
                    "correct": True,
                },
                {
                    "text": "From an installer file a friend sent by message",
                    "correct": False,
                },
            ],
            "explanation": (
                "Only download a bank app from CH Play (Google Play) or the App "
                "Store, and check that the publisher is the right bank. Apps "
                "installed from strange links are often fakes made to steal "
                "money."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "After scanning the QR code at a market stall, what must you "
                "check before tapping Confirm? (Choose all correct answers)"
            ),
            "choices": [
                {"text": "The recipient's name shown in the app", "correct": True},
                {"text": "The amount, counting the zeros", "correct": True},
                {"text": "The colour of the QR code sign", "correct": False},
                {"text": "The time on your phone", "correct": False},
            ],
            "explanation": (
                "The recipient's name must match the seller, and the amount "
                "must be right (45,000 is not 450,000). The colour of the sign "
                "or the time on your phone does not tell you where the money "
                "goes."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "Bank staff may call you and ask for your OTP to help unlock "
                "your account."
            ),
            "answer": False,
            "explanation": (
                "False. Banks never ask for your OTP, PIN or password. Anyone "
                "who asks for these codes is a scammer: hang up."
            ),
        },
        {
            "kind": "picture",
            "text": "Which picture shows what you must never read out to a caller?",
            "choices": [
                {"icon": "shop", "label": "A market stall", "correct": False},
                {"icon": "otp", "label": "An OTP code on a phone", "correct": True},
                {"icon": "farm", "label": "A field", "correct": False},
                {"icon": "star", "label": "A star", "correct": False},
            ],
            "explanation": (
                "An OTP is only for you to type into the app yourself. Reading "
                "it out to someone else hands them your money."
            ),
        },
        {
            "kind": "single",
            "text": "You sent money by mistake. What should you do first?",
            "choices": [
                {
                    "text": (
                        "Call the bank's official hotline, shown in the app or "
                        "on the back of the card"
                    ),
                    "correct": True,
                },
                {
                    "text": ("Find someone on Facebook who offers to “get money back”"),
                    "correct": False,
                },
                {
                    "text": "Send more money to “cancel” the transfer",
                    "correct": False,
                },
                {"text": "Wait a few months and see", "correct": False},
            ],
            "explanation": (
                "Tell the bank's official hotline at once, using the number in "
                "the app or on the back of your card. People online who "
                "advertise “getting money back” are usually scammers."
            ),
        },
        {
            "kind": "true_false",
            "text": "A crook may stick a fake QR code over the real one at a stall.",
            "answer": True,
            "explanation": (
                "True. That is why, after scanning, you always check the "
                "recipient's name and ask the seller whether it matches. If a "
                "code looks stuck on top, tell the seller."
            ),
        },
        {
            "kind": "picture",
            "text": (
                "For an online transfer of more than 10 million đồng at a time, "
                "how does the bank check it is you? Choose the right picture."
            ),
            "choices": [
                {"icon": "gift", "label": "A gift box", "correct": False},
                {"icon": "parcel", "label": "A parcel", "correct": False},
                {"icon": "face", "label": "Your face", "correct": True},
                {"icon": "star", "label": "A star", "correct": False},
            ],
            "explanation": (
                "Since 1 July 2024, online transfers of more than 10 million "
                "đồng at a time (or more than 20 million đồng in total in a "
                "day) need a face check."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Why should you save the receipt (the “Transaction successful” "
                "screen)? (Choose all correct answers)"
            ),
            "choices": [
                {
                    "text": (
                        "It has the transaction ID the bank needs to trace a mistake"
                    ),
                    "correct": True,
                },
                {
                    "text": "It proves you have paid the seller",
                    "correct": True,
                },
                {
                    "text": "To send to a stranger in exchange for a gift",
                    "correct": False,
                },
            ],
            "explanation": (
                "The receipt shows the amount, the recipient and the "
                "transaction ID: it proves you paid, and helps the bank find "
                "the transfer if something goes wrong."
            ),
        },
    ],
}

COURSE = {
    "slug": "thanh-toan-qr-an-toan",
    "level": "basic",
    "estimated_minutes": 15,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["2.1", "4.2"],
    "cover": {"icon": "qr-code", "color": "#047857"},
    "vi": VI,
    "en": EN,
}
