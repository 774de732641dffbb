"""Demo course: doing a public service online, registering a newborn's birth."""

VI = {
    "title": "Làm thủ tục hành chính trực tuyến: khai sinh cho bé",
    "summary": (
        "Học cách làm một dịch vụ công ngay trên điện thoại, qua ví dụ đăng "
        "ký khai sinh cho bé mới sinh. Chỉ một lần khai, bạn làm được cùng "
        "lúc ba việc: khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế "
        "cho trẻ dưới 6 tuổi. Bạn sẽ biết cần chuẩn bị gì, điền tờ khai, trả "
        "phí (nếu có), theo dõi hồ sơ và nhận kết quả."
    ),
    "outcomes": [
        "Tìm đúng dịch vụ công liên thông khai sinh trên VNeID hoặc Cổng "
        "Dịch vụ công quốc gia.",
        "Chuẩn bị đủ giấy tờ, trong đó có ảnh chụp rõ giấy chứng sinh.",
        "Tự điền tờ khai, nộp hồ sơ và trả phí trực tuyến một cách an toàn.",
        "Dùng mã hồ sơ để theo dõi hồ sơ và nhận kết quả.",
    ],
    "lessons": [
        # Bài 1
        {
            "title": "Dịch vụ công trực tuyến là gì?",
            "slug": "dich-vu-cong-truc-tuyen-la-gi",
            "summary": (
                "Hiểu dịch vụ công trực tuyến, thủ tục liên thông khai sinh "
                "và ai có thể làm."
            ),
            "body": [
                (
                    "paragraph",
                    "<p><b>Dịch vụ công trực tuyến</b> là cách làm thủ tục "
                    "hành chính qua mạng. Bạn khai và nộp hồ sơ trên điện "
                    "thoại, không phải xếp hàng ở cơ quan nhà nước.</p>"
                    "<p>Có hai nơi chính thức để làm:</p>"
                    "<ul>"
                    "<li>Ứng dụng <b>VNeID</b> của Bộ Công an, mục "
                    "<b>Thủ tục hành chính</b>.</li>"
                    "<li><b>Cổng Dịch vụ công quốc gia</b> tại địa chỉ "
                    "<b>dichvucong.gov.vn</b>.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "baby",
                        "alt": "Hình một em bé mới sinh",
                        "caption": (
                            "Một lần khai, ba việc cho bé: khai sinh, thường "
                            "trú, thẻ bảo hiểm y tế."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Trong khóa này, ta học qua một ví dụ: thủ tục liên "
                    "thông <b>“Đăng ký khai sinh – đăng ký thường trú – cấp "
                    "thẻ BHYT cho trẻ dưới 6 tuổi”</b>. <i>Liên thông</i> "
                    "nghĩa là bạn chỉ khai một lần, các cơ quan tự chuyển hồ "
                    "sơ cho nhau.</p>"
                    "<ul>"
                    "<li>Người làm: <b>cha hoặc mẹ</b> của bé, dùng tài khoản "
                    "<b>VNeID mức độ 2</b> của chính mình.</li>"
                    "<li>Nơi giải quyết: <b>Ủy ban nhân dân xã/phường</b> nơi "
                    "cha hoặc mẹ cư trú. Từ ngày 1/7/2025 không còn cấp "
                    "huyện, nên bạn chỉ cần nhớ tỉnh và xã/phường.</li>"
                    "<li>Thời hạn: cha mẹ cần đăng ký khai sinh cho con "
                    "<b>trong 60 ngày</b> kể từ ngày sinh.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Ghi nhớ: chỉ làm dịch vụ công trên ứng dụng VNeID tải từ "
                    "kho ứng dụng chính thức, hoặc trên trang dichvucong.gov.vn. "
                    "Không bấm vào đường link lạ tự xưng là “dịch vụ công”.",
                ),
            ],
        },
        # Bài 2
        {
            "title": "Chuẩn bị trước khi làm",
            "slug": "chuan-bi-truoc-khi-lam",
            "summary": (
                "Biết cần chuẩn bị giấy tờ, thông tin gì và chụp ảnh giấy "
                "chứng sinh cho rõ."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Chuẩn bị kỹ thì làm nhanh, ít bị trả lại. Bạn cần:</p>"
                    "<ul>"
                    "<li><b>Giấy chứng sinh</b> do bệnh viện hoặc trạm y tế "
                    "nơi bé sinh ra cấp.</li>"
                    "<li>Tài khoản <b>VNeID mức độ 2</b> của cha hoặc mẹ, nhớ "
                    "mật khẩu và passcode.</li>"
                    "<li><b>Tên của bé</b> đã chọn, viết đúng dấu.</li>"
                    "<li>Nếu cha mẹ đã đăng ký kết hôn: thông tin trên "
                    "<b>giấy chứng nhận kết hôn</b>.</li>"
                    "<li><b>Địa chỉ</b> nơi sẽ đăng ký thường trú cho bé, "
                    "thường là nơi cha hoặc mẹ đang thường trú.</li>"
                    "<li>Điện thoại đủ pin, có mạng wifi hoặc 4G.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "document",
                        "alt": "Hình một tờ giấy tờ",
                        "caption": (
                            "Giấy chứng sinh là giấy tờ quan trọng nhất của hồ sơ."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Đặt giấy lên mặt bàn phẳng",
                            "text": (
                                "Để giấy chứng sinh ở chỗ sáng, tốt nhất là "
                                "ánh sáng ban ngày. Vuốt phẳng, không để ngón "
                                "tay che chữ."
                            ),
                            "screen": {
                                "app": "Máy ảnh",
                                "title": "Chụp ảnh",
                                "lines": [
                                    "Giấy nằm gọn trong khung",
                                    "Đủ sáng, không bóng đèn",
                                ],
                                "button": "Chụp",
                            },
                        },
                        {
                            "title": "Chụp rõ cả tờ giấy",
                            "text": (
                                "Giữ điện thoại thẳng phía trên tờ giấy. Chụp "
                                "cho thấy đủ bốn góc và đọc rõ từng chữ."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Xem lại ảnh",
                            "text": (
                                "Mở ảnh, phóng to để xem chữ có bị mờ không. "
                                "Nếu mờ, chụp lại."
                            ),
                            "screen": {
                                "app": "Thư viện ảnh",
                                "title": "Ảnh vừa chụp",
                                "lines": [
                                    "Đọc rõ tên mẹ, ngày sinh",
                                    "Thấy đủ bốn góc giấy",
                                ],
                                "button": "Giữ ảnh này",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Thử ngay: lấy một tờ giấy bất kỳ trong nhà, chụp thử một "
                    "tấm rồi phóng to xem chữ có rõ không. Giữ bản giấy chứng "
                    "sinh gốc cẩn thận, không đưa ảnh chụp cho người lạ.",
                ),
            ],
        },
        # Bài 3
        {
            "title": "Điền tờ khai và nộp hồ sơ",
            "slug": "dien-to-khai-va-nop-ho-so",
            "summary": (
                "Làm từng bước trên VNeID: chọn dịch vụ, điền thông tin, gửi "
                "ảnh giấy chứng sinh, trả phí nếu có và nộp."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Dưới đây là các bước trên ứng dụng <b>VNeID</b>. Tên "
                    "nút có thể khác một chút tùy phiên bản. Nếu không thấy "
                    "đúng chữ, hãy tìm nút có ý nghĩa giống vậy.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Đăng nhập VNeID",
                            "text": (
                                "Mở VNeID, nhập số định danh cá nhân 12 số và "
                                "mật khẩu của cha hoặc mẹ."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Đăng nhập",
                                "lines": [
                                    "Số định danh cá nhân",
                                    "Mật khẩu",
                                ],
                                "button": "Đăng nhập",
                            },
                        },
                        {
                            "title": "Chọn thủ tục",
                            "text": (
                                "Vào mục “Thủ tục hành chính”, chọn “Đăng ký "
                                "khai sinh, đăng ký thường trú, cấp thẻ BHYT "
                                "cho trẻ dưới 6 tuổi”. Bấm tạo mới hồ sơ."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Thủ tục hành chính",
                                "lines": [
                                    "Thông báo lưu trú",
                                    "Khai sinh – thường trú – BHYT",
                                    "Cấp thẻ Căn cước cho trẻ",
                                ],
                                "button": "Tạo mới",
                            },
                        },
                        {
                            "title": "Chọn nơi giải quyết",
                            "text": (
                                "Chọn tỉnh/thành phố rồi chọn xã/phường nơi "
                                "cha hoặc mẹ cư trú."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Cơ quan thực hiện",
                                "lines": [
                                    "Tỉnh/Thành phố",
                                    "Xã/Phường",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Điền thông tin của bé",
                            "text": (
                                "Nhập họ tên, ngày sinh, giới tính, nơi sinh, "
                                "quê quán, dân tộc của bé. Thông tin của cha "
                                "mẹ thường được tự điền sẵn; bạn chỉ cần xem "
                                "lại cho đúng."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Thông tin trẻ",
                                "lines": [
                                    "Họ, chữ đệm và tên",
                                    "Ngày sinh, giới tính",
                                    "Nơi sinh, quê quán",
                                    "Dân tộc, quốc tịch",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Gửi ảnh giấy chứng sinh",
                            "text": (
                                "Chọn ảnh giấy chứng sinh đã chụp ở bài trước, "
                                "hoặc chụp mới ngay trong ứng dụng."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Giấy tờ đính kèm",
                                "lines": [
                                    "Giấy chứng sinh",
                                    "Chụp ảnh / Chọn ảnh có sẵn",
                                ],
                                "button": "Tải lên",
                            },
                        },
                        {
                            "title": "Chọn cách nhận kết quả",
                            "text": (
                                "Chọn nhận giấy khai sinh bản giấy tại bộ phận "
                                "một cửa của xã/phường, hoặc gửi qua bưu điện "
                                "về nhà."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Nhận kết quả",
                                "lines": [
                                    "Nhận tại xã/phường",
                                    "Nhận qua bưu điện",
                                ],
                                "button": "Tiếp tục",
                            },
                        },
                        {
                            "title": "Xem lại và nộp hồ sơ",
                            "text": (
                                "Đọc lại từng dòng, nhất là tên và ngày sinh "
                                "của bé. Đúng hết thì bấm nộp. Ứng dụng có thể "
                                "hỏi passcode để xác nhận."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Xem lại tờ khai",
                                "lines": [
                                    "Tờ khai đăng ký khai sinh",
                                    "Tờ khai đăng ký thường trú",
                                    "Tờ khai tham gia BHYT",
                                ],
                                "button": "Nộp hồ sơ",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Về tiền phí:</b> đăng ký khai sinh đúng hạn được "
                    "<b>miễn lệ phí</b>. Thẻ BHYT của trẻ dưới 6 tuổi do Nhà "
                    "nước đóng. Nếu có khoản phí khác (ví dụ phí gửi kết quả "
                    "qua bưu điện), màn hình sẽ ghi rõ số tiền.</p>"
                    "<p>Khi cần trả, bấm <b>Thanh toán</b> ngay trong ứng dụng "
                    "hoặc trên Cổng Dịch vụ công, rồi chọn ngân hàng, ví điện "
                    "tử, hoặc quét mã QR bằng ứng dụng ngân hàng của bạn. Giữ "
                    "lại biên lai điện tử.</p>"
                    "<p><b>Không bao giờ</b> chuyển tiền vào tài khoản cá nhân "
                    "mà ai đó nhắn tin hay gọi điện gửi cho bạn.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>Làm trên máy tính:</b> vào <b>dichvucong.gov.vn</b>, "
                    "chọn đăng nhập bằng tài khoản định danh điện tử (VNeID). "
                    "Tìm tên thủ tục liên thông khai sinh, bấm <b>Nộp trực "
                    "tuyến</b>, rồi khai tương tự như trên.</p>",
                ),
            ],
        },
        # Bài 4
        {
            "title": "Theo dõi hồ sơ và nhận kết quả",
            "slug": "theo-doi-ho-so-va-nhan-ket-qua",
            "summary": (
                "Dùng mã hồ sơ để xem hồ sơ đang đến đâu, biết làm gì khi "
                "được yêu cầu bổ sung, và nhận kết quả."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Nộp xong, bạn nhận được một <b>mã hồ sơ</b>. Hãy chụp "
                    "màn hình hoặc chép mã ra giấy. Mã này giúp bạn tra cứu "
                    "hồ sơ đang đến đâu.</p>"
                    "<p>Hồ sơ thường đi qua các trạng thái:</p>"
                    "<ul>"
                    "<li><b>Đã tiếp nhận:</b> cán bộ đã nhận hồ sơ.</li>"
                    "<li><b>Đang xử lý:</b> các cơ quan đang giải quyết.</li>"
                    "<li><b>Yêu cầu bổ sung:</b> còn thiếu hoặc sai, đọc kỹ "
                    "lời nhắn và gửi bổ sung.</li>"
                    "<li><b>Hoàn thành:</b> đã có kết quả.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Mở danh sách hồ sơ",
                            "text": (
                                "Trong VNeID, vào mục Thủ tục hành chính, chọn "
                                "phần quản lý hồ sơ đã gửi. Trên "
                                "dichvucong.gov.vn, dùng chức năng tra cứu hồ "
                                "sơ và nhập mã hồ sơ."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Hồ sơ đã gửi",
                                "lines": [
                                    "Khai sinh – thường trú – BHYT",
                                    "Mã hồ sơ: (dãy số của bạn)",
                                    "Trạng thái: Đang xử lý",
                                ],
                                "button": "Xem chi tiết",
                            },
                        },
                        {
                            "title": "Nếu được yêu cầu bổ sung",
                            "text": (
                                "Đọc kỹ cán bộ cần thêm gì, ví dụ ảnh giấy "
                                "chứng sinh rõ hơn. Gửi bổ sung ngay trong hồ "
                                "sơ đó, không cần nộp lại từ đầu."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Yêu cầu bổ sung",
                                "lines": [
                                    "Ảnh giấy chứng sinh bị mờ",
                                    "Vui lòng gửi lại ảnh rõ hơn",
                                ],
                                "button": "Bổ sung hồ sơ",
                            },
                        },
                        {
                            "title": "Nhận kết quả",
                            "text": (
                                "Khi hồ sơ hoàn thành, bạn nhận bản điện tử "
                                "giấy khai sinh trong tài khoản. Bản giấy nhận "
                                "tại xã/phường hoặc qua bưu điện, tùy bạn đã "
                                "chọn. Bé có số định danh cá nhân, được đăng "
                                "ký thường trú và được cấp thẻ BHYT."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Kết quả",
                                "lines": [
                                    "Trạng thái: Hoàn thành",
                                    "Giấy khai sinh (bản điện tử)",
                                ],
                                "button": "Xem kết quả",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Giữ an toàn:</b> cán bộ không gọi điện xin mã OTP, "
                    "mật khẩu hay passcode của bạn để “xử lý hồ sơ nhanh”. Ai "
                    "hỏi những thứ này đều có thể là kẻ lừa đảo. Nếu lo lắng, "
                    "hãy đến hỏi trực tiếp bộ phận một cửa của xã/phường.</p>",
                ),
                (
                    "tip",
                    "Ghi nhớ: luôn giữ mã hồ sơ cho đến khi nhận đủ kết quả. "
                    "Thử ngay: mở VNeID, vào mục Thủ tục hành chính và tìm "
                    "nơi xem các hồ sơ đã gửi.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Cha mẹ cần đăng ký khai sinh cho con trong thời hạn bao lâu "
                "kể từ ngày sinh?"
            ),
            "explanation": (
                "Cha mẹ cần đăng ký khai sinh cho con trong 60 ngày kể từ "
                "ngày sinh. Làm sớm để bé sớm có thẻ BHYT."
            ),
            "choices": [
                {"text": "7 ngày", "correct": False},
                {"text": "60 ngày", "correct": True},
                {"text": "1 năm", "correct": False},
                {"text": "Lúc nào bé đi học thì làm", "correct": False},
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Tài khoản VNeID mức độ 1 là đủ để làm thủ tục liên thông "
                "khai sinh cho con."
            ),
            "answer": False,
            "explanation": (
                "Cần tài khoản VNeID mức độ 2 của cha hoặc mẹ. Mức độ 2 được "
                "đăng ký trực tiếp tại công an xã/phường."
            ),
        },
        {
            "kind": "multiple",
            "text": "Bạn cần chuẩn bị những gì trước khi làm? (chọn tất cả ý đúng)",
            "explanation": (
                "Cần giấy chứng sinh, tài khoản VNeID mức độ 2 của cha hoặc "
                "mẹ, và tên đã chọn cho bé. Sổ tiết kiệm không liên quan."
            ),
            "choices": [
                {"text": "Giấy chứng sinh của bé", "correct": True},
                {
                    "text": "Tài khoản VNeID mức độ 2 của cha hoặc mẹ",
                    "correct": True,
                },
                {"text": "Tên đã chọn cho bé, viết đúng dấu", "correct": True},
                {"text": "Sổ tiết kiệm ngân hàng", "correct": False},
            ],
        },
        {
            "kind": "true_false",
            "text": "Đăng ký khai sinh đúng hạn được miễn lệ phí.",
            "answer": True,
            "explanation": (
                "Đúng. Đăng ký khai sinh đúng hạn được miễn lệ phí. Thẻ BHYT "
                "của trẻ dưới 6 tuổi cũng do Nhà nước đóng."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Khi có khoản phí cần trả trực tuyến, việc nào là an toàn? "
                "(chọn tất cả ý đúng)"
            ),
            "explanation": (
                "Chỉ trả ngay trong ứng dụng VNeID hoặc trên Cổng Dịch vụ công, "
                "và giữ biên lai. Không chuyển tiền cho tài khoản cá nhân lạ, "
                "không đọc OTP cho ai."
            ),
            "choices": [
                {
                    "text": "Bấm Thanh toán ngay trong ứng dụng hoặc Cổng Dịch vụ công",
                    "correct": True,
                },
                {"text": "Giữ lại biên lai điện tử", "correct": True},
                {
                    "text": "Chuyển tiền vào tài khoản cá nhân người lạ nhắn tới",
                    "correct": False,
                },
                {
                    "text": "Đọc mã OTP cho người gọi xưng là cán bộ",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "single",
            "text": "Làm sao biết hồ sơ của bạn đang được xử lý đến đâu?",
            "explanation": (
                "Dùng mã hồ sơ để xem trạng thái trong VNeID hoặc tra cứu trên "
                "dichvucong.gov.vn. Vì vậy hãy giữ mã cho đến khi nhận kết quả."
            ),
            "choices": [
                {
                    "text": "Dùng mã hồ sơ để xem trạng thái trong mục hồ sơ đã gửi",
                    "correct": True,
                },
                {"text": "Gọi cho số lạ trên mạng xã hội", "correct": False},
                {"text": "Nộp lại hồ sơ mới mỗi ngày", "correct": False},
            ],
        },
        {
            "kind": "picture",
            "text": "Thủ tục liên thông trong khóa học này làm cho ai? Chọn hình.",
            "explanation": (
                "Thủ tục này dành cho em bé mới sinh (trẻ dưới 6 tuổi): khai "
                "sinh, đăng ký thường trú và cấp thẻ BHYT."
            ),
            "choices": [
                {"icon": "baby", "label": "Em bé mới sinh", "correct": True},
                {"icon": "shop", "label": "Cửa hàng", "correct": False},
                {"icon": "farm", "label": "Trang trại", "correct": False},
                {"icon": "bank", "label": "Ngân hàng", "correct": False},
            ],
        },
        {
            "kind": "picture",
            "text": (
                "Hình nào là thứ bạn không bao giờ đọc cho người gọi điện, kể "
                "cả người xưng là cán bộ?"
            ),
            "explanation": (
                "Mã OTP là của riêng bạn. Cán bộ không gọi điện xin mã OTP để "
                "xử lý hồ sơ."
            ),
            "choices": [
                {"icon": "otp", "label": "Mã OTP trong tin nhắn", "correct": True},
                {"icon": "baby", "label": "Em bé", "correct": False},
                {"icon": "gov", "label": "Trụ sở cơ quan nhà nước", "correct": False},
                {"icon": "camera", "label": "Máy ảnh", "correct": False},
            ],
        },
    ],
}

EN = {
    "title": "Doing a public service online: registering a baby's birth",
    "summary": (
        "Learn how to do a public service right on your phone, using the "
        "example of registering a newborn's birth. With one form, you do "
        "three things at once: birth registration, permanent residence "
        "registration and a health insurance card for a child under 6. You "
        "will learn what to prepare, how to fill in the form, pay any fee, "
        "track your dossier and receive the results."
    ),
    "outcomes": [
        "Find the linked birth registration service on VNeID or the National "
        "Public Service Portal.",
        "Prepare all the documents, including a clear photo of the birth "
        "certificate from the hospital.",
        "Fill in the form, submit the dossier and pay online safely by yourself.",
        "Use the dossier code to track the dossier and receive the results.",
    ],
    "lessons": [
        # Lesson 1
        {
            "title": "What is an online public service?",
            "slug": "dich-vu-cong-truc-tuyen-la-gi",
            "summary": (
                "Understand online public services, the linked birth "
                "registration procedure and who can do it."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>An <b>online public service</b> is a way to do "
                    "administrative procedures over the internet. You fill in "
                    "and submit your dossier on your phone, without queuing "
                    "at a government office.</p>"
                    "<p>There are two main official places to do it:</p>"
                    "<ul>"
                    "<li>The <b>VNeID</b> app of the Ministry of Public "
                    "Security, in the <b>Administrative procedures</b> "
                    "section.</li>"
                    "<li>The <b>National Public Service Portal</b> at "
                    "<b>dichvucong.gov.vn</b>.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "baby",
                        "alt": "Picture of a newborn baby",
                        "caption": (
                            "One form, three things for the baby: birth, "
                            "residence, health insurance card."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>In this course, we learn through one example: the "
                    "linked procedure <b>“Birth registration – permanent "
                    "residence registration – health insurance card for "
                    "children under 6”</b>. <i>Linked</i> means you fill in "
                    "one form, and the offices pass the dossier to each "
                    "other.</p>"
                    "<ul>"
                    "<li>Who does it: the baby's <b>father or mother</b>, "
                    "using their own <b>level-2 VNeID</b> account.</li>"
                    "<li>Who handles it: the <b>People's Committee of the "
                    "commune/ward</b> where the father or mother lives. Since "
                    "1 July 2025 there are no more districts, so you only "
                    "need to know your province and commune/ward.</li>"
                    "<li>Deadline: parents should register their child's "
                    "birth <b>within 60 days</b> of the birth.</li>"
                    "</ul>",
                ),
                (
                    "tip",
                    "Remember: only use public services in the VNeID app from "
                    "the official app store, or on the dichvucong.gov.vn "
                    "website. Do not tap strange links that call themselves "
                    "a “public service”.",
                ),
            ],
        },
        # Lesson 2
        {
            "title": "Getting ready",
            "slug": "chuan-bi-truoc-khi-lam",
            "summary": (
                "Know which documents and details to prepare, and how to "
                "take a clear photo of the birth certificate."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Good preparation means a quick dossier that is rarely "
                    "sent back. You need:</p>"
                    "<ul>"
                    "<li>The <b>birth certificate (giấy chứng sinh)</b> "
                    "issued by the hospital or health station where the baby "
                    "was born.</li>"
                    "<li>The father's or mother's <b>level-2 VNeID</b> "
                    "account, with its password and passcode.</li>"
                    "<li>The <b>baby's chosen name</b>, spelled with correct "
                    "accents.</li>"
                    "<li>If the parents have registered their marriage: the "
                    "details on the <b>marriage certificate</b>.</li>"
                    "<li>The <b>address</b> where the baby will be registered "
                    "as a permanent resident, usually where the father or "
                    "mother is a permanent resident.</li>"
                    "<li>A charged phone with wifi or 4G.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "icon": "document",
                        "alt": "Picture of a paper document",
                        "caption": (
                            "The birth certificate is the most important "
                            "document in the dossier."
                        ),
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Lay the paper on a flat table",
                            "text": (
                                "Put the birth certificate in a bright place, "
                                "daylight is best. Smooth it flat and keep your "
                                "fingers off the writing."
                            ),
                            "screen": {
                                "app": "Camera",
                                "title": "Take a photo",
                                "lines": [
                                    "Paper fits inside the frame",
                                    "Bright enough, no glare",
                                ],
                                "button": "Take photo",
                            },
                        },
                        {
                            "title": "Photograph the whole sheet clearly",
                            "text": (
                                "Hold the phone straight above the paper. Show "
                                "all four corners so every word can be read."
                            ),
                            "screen": None,
                        },
                        {
                            "title": "Check the photo",
                            "text": (
                                "Open the photo and zoom in to see whether the "
                                "writing is blurry. If it is, take it again."
                            ),
                            "screen": {
                                "app": "Photo gallery",
                                "title": "Latest photo",
                                "lines": [
                                    "Mother's name, birth date readable",
                                    "All four corners visible",
                                ],
                                "button": "Keep this photo",
                            },
                        },
                    ],
                ),
                (
                    "tip",
                    "Try it yourself: take any sheet of paper at home, take a "
                    "test photo, then zoom in to check the writing is clear. "
                    "Keep the original birth certificate safe, and do not give "
                    "photos of it to strangers.",
                ),
            ],
        },
        # Lesson 3
        {
            "title": "Filling in the form and submitting",
            "slug": "dien-to-khai-va-nop-ho-so",
            "summary": (
                "Go step by step in VNeID: choose the service, fill in the "
                "details, send the birth certificate photo, pay any fee and "
                "submit."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Below are the steps in the <b>VNeID</b> app. Button "
                    "names may differ a little between versions. If you do "
                    "not see the exact words, look for a button with the same "
                    "meaning.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Log in to VNeID",
                            "text": (
                                "Open VNeID and enter the father's or mother's "
                                "12-digit personal identification number and "
                                "password."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Log in",
                                "lines": [
                                    "Personal ID number",
                                    "Password",
                                ],
                                "button": "Log in",
                            },
                        },
                        {
                            "title": "Choose the procedure",
                            "text": (
                                "Go to “Administrative procedures” (Thủ tục "
                                "hành chính) and choose “Birth registration, "
                                "permanent residence registration, health "
                                "insurance card for children under 6”. Tap to "
                                "create a new dossier."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Administrative procedures",
                                "lines": [
                                    "Notice of temporary stay",
                                    "Birth – residence – insurance",
                                    "ID card for a child",
                                ],
                                "button": "Create new",
                            },
                        },
                        {
                            "title": "Choose the handling office",
                            "text": (
                                "Choose your province/city, then the "
                                "commune/ward where the father or mother lives."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Handling office",
                                "lines": [
                                    "Province/City",
                                    "Commune/Ward",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Fill in the baby's details",
                            "text": (
                                "Enter the baby's full name, date of birth, "
                                "sex, place of birth, home town and ethnicity. "
                                "The parents' details are usually filled in "
                                "already; just check that they are right."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Child's details",
                                "lines": [
                                    "Full name",
                                    "Date of birth, sex",
                                    "Place of birth, home town",
                                    "Ethnicity, nationality",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Send the birth certificate photo",
                            "text": (
                                "Choose the photo of the birth certificate you "
                                "took in the last lesson, or take a new one "
                                "right in the app."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Attached documents",
                                "lines": [
                                    "Birth certificate",
                                    "Take photo / Choose photo",
                                ],
                                "button": "Upload",
                            },
                        },
                        {
                            "title": "Choose how to receive the results",
                            "text": (
                                "Choose to collect the paper birth registration "
                                "certificate at the commune/ward one-stop desk, "
                                "or to have it posted to your home."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Receive results",
                                "lines": [
                                    "Collect at commune/ward",
                                    "Receive by post",
                                ],
                                "button": "Continue",
                            },
                        },
                        {
                            "title": "Review and submit",
                            "text": (
                                "Read every line again, especially the baby's "
                                "name and date of birth. If all is correct, "
                                "submit. The app may ask for your passcode to "
                                "confirm."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Review the forms",
                                "lines": [
                                    "Birth registration form",
                                    "Permanent residence form",
                                    "Health insurance form",
                                ],
                                "button": "Submit dossier",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>About fees:</b> birth registration on time is "
                    "<b>free of charge</b>. The health insurance card for "
                    "children under 6 is paid for by the State. If there is "
                    "another fee (for example postage to send the results), "
                    "the screen will show the exact amount.</p>"
                    "<p>When you need to pay, tap <b>Pay</b> right in the app "
                    "or on the Public Service Portal, then choose a bank, an "
                    "e-wallet, or scan the QR code with your banking app. Keep "
                    "the electronic receipt.</p>"
                    "<p><b>Never</b> transfer money to a personal account that "
                    "someone sends you by message or phone call.</p>",
                ),
                (
                    "paragraph",
                    "<p><b>On a computer:</b> go to <b>dichvucong.gov.vn</b> "
                    "and choose to log in with your electronic identification "
                    "account (VNeID). Search for the linked birth registration "
                    "procedure, tap <b>Submit online</b> (Nộp trực tuyến), "
                    "then fill it in the same way as above.</p>",
                ),
            ],
        },
        # Lesson 4
        {
            "title": "Tracking the dossier and receiving the results",
            "slug": "theo-doi-ho-so-va-nhan-ket-qua",
            "summary": (
                "Use the dossier code to see where your dossier is, know what "
                "to do when asked for more documents, and receive the results."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>After submitting, you get a <b>dossier code</b>. Take "
                    "a screenshot or copy the code onto paper. This code lets "
                    "you look up where your dossier is.</p>"
                    "<p>A dossier usually goes through these statuses:</p>"
                    "<ul>"
                    "<li><b>Received:</b> an officer has received the "
                    "dossier.</li>"
                    "<li><b>Processing:</b> the offices are working on it.</li>"
                    "<li><b>Additional documents requested:</b> something is "
                    "missing or wrong; read the message carefully and send "
                    "what is needed.</li>"
                    "<li><b>Completed:</b> the results are ready.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Open your list of dossiers",
                            "text": (
                                "In VNeID, go to Administrative procedures and "
                                "open the section for dossiers you have sent. "
                                "On dichvucong.gov.vn, use the dossier look-up "
                                "function and enter the dossier code."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Sent dossiers",
                                "lines": [
                                    "Birth – residence – insurance",
                                    "Dossier code: (your number)",
                                    "Status: Processing",
                                ],
                                "button": "View details",
                            },
                        },
                        {
                            "title": "If more documents are requested",
                            "text": (
                                "Read carefully what the officer needs, for "
                                "example a clearer photo of the birth "
                                "certificate. Send it within that same dossier; "
                                "you do not need to start again."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "More documents requested",
                                "lines": [
                                    "Birth certificate photo is blurry",
                                    "Please send a clearer photo",
                                ],
                                "button": "Add documents",
                            },
                        },
                        {
                            "title": "Receive the results",
                            "text": (
                                "When the dossier is completed, you receive an "
                                "electronic copy of the birth registration "
                                "certificate in your account. The paper copy "
                                "is collected at the commune/ward or sent by "
                                "post, as you chose. The baby gets a personal "
                                "identification number, permanent residence "
                                "registration and a health insurance card."
                            ),
                            "screen": {
                                "app": "VNeID",
                                "title": "Results",
                                "lines": [
                                    "Status: Completed",
                                    "Birth certificate (electronic)",
                                ],
                                "button": "View results",
                            },
                        },
                    ],
                ),
                (
                    "paragraph",
                    "<p><b>Stay safe:</b> officers do not phone you to ask for "
                    "your OTP code, password or passcode to “speed up your "
                    "dossier”. Anyone who asks for these may be a scammer. If "
                    "you are worried, go and ask at the one-stop desk of your "
                    "commune/ward in person.</p>",
                ),
                (
                    "tip",
                    "Remember: always keep the dossier code until you have "
                    "received all the results. Try it yourself: open VNeID, "
                    "go to Administrative procedures and find where your sent "
                    "dossiers are listed.",
                ),
            ],
        },
    ],
    "questions": [
        {
            "kind": "single",
            "text": (
                "Within how long after the birth should parents register "
                "their child's birth?"
            ),
            "explanation": (
                "Parents should register their child's birth within 60 days "
                "of the birth. Do it early so the baby gets a health insurance "
                "card sooner."
            ),
            "choices": [
                {"text": "7 days", "correct": False},
                {"text": "60 days", "correct": True},
                {"text": "1 year", "correct": False},
                {"text": "When the child starts school", "correct": False},
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "A level-1 VNeID account is enough to do the linked birth "
                "registration for your child."
            ),
            "answer": False,
            "explanation": (
                "You need the father's or mother's level-2 VNeID account. "
                "Level 2 is registered in person at the commune/ward police."
            ),
        },
        {
            "kind": "multiple",
            "text": "What should you prepare before you start? (choose all correct)",
            "explanation": (
                "You need the birth certificate, the father's or mother's "
                "level-2 VNeID account, and the baby's chosen name. A savings "
                "book has nothing to do with it."
            ),
            "choices": [
                {"text": "The baby's birth certificate", "correct": True},
                {
                    "text": "The father's or mother's level-2 VNeID account",
                    "correct": True,
                },
                {
                    "text": "The baby's chosen name, with correct accents",
                    "correct": True,
                },
                {"text": "A bank savings book", "correct": False},
            ],
        },
        {
            "kind": "true_false",
            "text": "Birth registration done on time is free of charge.",
            "answer": True,
            "explanation": (
                "True. Birth registration on time is free of charge. The "
                "health insurance card for children under 6 is also paid for "
                "by the State."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "When there is a fee to pay online, which actions are safe? "
                "(choose all correct)"
            ),
            "explanation": (
                "Only pay right in the VNeID app or on the Public Service "
                "Portal, and keep the receipt. Do not transfer money to a "
                "stranger's personal account, and never read out your OTP."
            ),
            "choices": [
                {
                    "text": "Tap Pay right in the app or on the Public Service Portal",
                    "correct": True,
                },
                {"text": "Keep the electronic receipt", "correct": True},
                {
                    "text": "Transfer money to a personal account a stranger sent",
                    "correct": False,
                },
                {
                    "text": "Read your OTP to a caller who says they are an officer",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "single",
            "text": "How can you find out how far your dossier has got?",
            "explanation": (
                "Use the dossier code to see the status in VNeID or look it up "
                "on dichvucong.gov.vn. That is why you keep the code until you "
                "receive the results."
            ),
            "choices": [
                {
                    "text": "Use the dossier code to see its status in sent dossiers",
                    "correct": True,
                },
                {
                    "text": "Call a strange number found on social media",
                    "correct": False,
                },
                {"text": "Submit a new dossier every day", "correct": False},
            ],
        },
        {
            "kind": "picture",
            "text": (
                "Who is the linked procedure in this course for? Choose the picture."
            ),
            "explanation": (
                "This procedure is for a newborn baby (a child under 6): birth "
                "registration, permanent residence and a health insurance card."
            ),
            "choices": [
                {"icon": "baby", "label": "A newborn baby", "correct": True},
                {"icon": "shop", "label": "A shop", "correct": False},
                {"icon": "farm", "label": "A farm", "correct": False},
                {"icon": "bank", "label": "A bank", "correct": False},
            ],
        },
        {
            "kind": "picture",
            "text": (
                "Which picture shows what you must never read out to a caller, "
                "even one who says they are an officer?"
            ),
            "explanation": (
                "Your OTP code is yours alone. Officers do not phone you to ask "
                "for an OTP to process your dossier."
            ),
            "choices": [
                {"icon": "otp", "label": "OTP code in a text message", "correct": True},
                {"icon": "baby", "label": "A baby", "correct": False},
                {"icon": "gov", "label": "A government building", "correct": False},
                {"icon": "camera", "label": "A camera", "correct": False},
            ],
        },
    ],
}

COURSE = {
    "slug": "lam-thu-tuc-hanh-chinh-truc-tuyen",
    "level": "intermediate",
    "estimated_minutes": 15,
    "pass_mark": 70,
    "questions_drawn": 5,
    "competences": ["2.3", "1.1"],
    "cover": {"icon": "gov", "color": "#1d4ed8"},
    "vi": VI,
    "en": EN,
}
