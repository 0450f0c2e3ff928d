import type { LanguagePack } from '../language-pack.js';

/** Vietnamese: written with spaces between syllables; people often drop the tone marks. */
export const vi: LanguagePack = {
  code: 'vi',
  name: 'Vietnamese',
  erase: ['xóa', 'xoá', 'xoa', 'gỡ bỏ', 'go bo', 'loại bỏ', 'loai bo', 'hủy', 'huỷ', 'huy', 'xóa bỏ', 'đóng tài khoản'],
  handsOff: ['đừng động', 'đừng đụng', 'giữ lại', 'giu lai'],
  onlyThis: ['chỉ'],
  data: ['dữ liệu', 'du lieu', 'thông tin', 'thong tin', 'thông tin cá nhân', 'lịch sử', 'lich su', 'hồ sơ', 'nội dung', 'token', 'tất cả', 'tat ca', 'toàn bộ', 'toan bo'],
  account: ['tài khoản', 'tai khoan', 'hồ sơ', 'ho so', 'trang cá nhân', 'liên kết'],
  privacy: ['quyền riêng tư', 'quyen rieng tu', 'bảo vệ dữ liệu', 'bảo vệ dữ liệu cá nhân', 'quyền được xóa', 'yêu cầu xóa', 'nghị định 13', 'gdpr'],
  mine: ['của tôi', 'cua toi', 'tôi', 'toi', 'mình', 'minh', 'chúng tôi', 'của mình', 'em', 'của em'],
  opposite: [
    'đổi ý', 'doi y', 'thay đổi ý định',
    'đừng xóa', 'dung xoa', 'dung huy', 'dung go', 'không xóa', 'khong xoa', 'xin đừng', 'giữ tài khoản', 'tôi không yêu cầu',
    'toi khong yeu cau', 'tôi chưa từng yêu cầu', 'không phải tôi', 'hủy yêu cầu', 'huy yeu cau', 'vẫn đang dùng', 'vẫn sử dụng',
  ],
  complement: ['rằng'],
  contrast: ['nhưng bây giờ', 'nhưng giờ', 'nhưng nay', 'nhưng hiện tại'],
  // "dung" without diacritics is as often dùng (use) or ứng dụng (app) as đừng (don't): only "dung xoa" refuses.
  othersAsk: ['có người', 'ai đó', 'người lạ', 'hacker', 'bị hack', 'nhận được yêu cầu', 'nhận được một yêu cầu'],
  negation: ['không', 'khong', 'đừng', 'chưa', 'chua', 'chẳng', 'không bao giờ'],
  nothing: ['gì', 'bất cứ', 'bất kỳ'],
  question: ['làm sao', 'lam sao', 'làm thế nào', 'như thế nào', 'tại sao', 'tai sao', 'khi nào', 'ở đâu', 'cái nào', 'bao lâu', 'bao lau', 'có thể', 'được không'],
  asks: ['vui lòng', 'làm ơn', 'xin', 'giúp', 'giùm', 'hộ', 'nhờ', 'có thể giúp', 'bạn có thể', 'anh chị có thể'],
  usernameLabels: ['tên người dùng', 'ten nguoi dung', 'tên đăng nhập', 'ten dang nhap', 'tên tài khoản', 'tài khoản instagram', 'tài khoản', 'username'],
  handlePhrases: [
    'ten tai khoan', 'tai khoan instagram', 'tai khoan ig', 'tai khoan insta', 'ten instagram', 'ten ig', 'ten insta',
    'tên instagram', 'tên ig', 'tên insta', 'tên người dùng', 'tên đăng nhập', 'tên tài khoản', 'tài khoản instagram',
    'tài khoản ig', 'tài khoản insta', 'nick', 'username', 'id instagram', 'id ig', 'instagram của mình',
    'instagram của tôi', 'ig của mình', 'ig của tôi', 'insta của mình', 'insta của tôi', 'nick ig',
    // Written without diacritics, and without "của" ("ig mình là x"): a phone's quick line.
    'ig cua minh', 'ig cua toi', 'ig cua em', 'insta cua minh', 'insta cua toi', 'instagram cua minh', 'instagram cua toi',
    'ig mình', 'ig minh', 'ig tôi', 'ig toi', 'ig em', 'insta mình', 'insta minh', 'insta em', 'instagram mình', 'instagram minh',
    // "(acc: x)", "acc ig mình là x": the account, shortened.
    'acc',
  ],
  handleLinks: ['cua em', 'cua anh', 'cua chi', 'cua to', 'ten', 'của tôi', 'của mình', 'cua toi', 'cua minh', 'của em', 'là', 'la', 'mình', 'tôi', 'em', 'tên'],
  ownHandlePhrases: ['của mình là', 'của tôi là', 'nick chính của mình', 'tài khoản chính của mình', 'tài khoản của mình'],
  confirmation: ['xác nhận qua', 'xác nhận đến', 'xac nhan', 'gửi xác nhận', 'gửi đến', 'gui den', 'trả lời qua', 'phản hồi qua', 'email của tôi', 'địa chỉ email', 'email'],
  confirmationAsks: ['xác nhận', 'xac nhan', 'phản hồi', 'trả lời', 'thông báo', 'gửi', 'liên hệ', 'lien he'],
  confirmationTargets: [
    'về địa chỉ', 'đến địa chỉ', 'tới địa chỉ', 'qua email', 'về email', 'qua mail', 'về mail', 'về', 'đến', 'tới',
  ],
  addressWords: ['địa chỉ', 'email', 'mail'],
  quoteOpeners: ['vào'],
  quoteHeaders: ['đã viết', 'da viet', 'viết'],
  originalMessage: ['thư gốc', 'tin nhắn gốc', 'thông điệp gốc'],
  forwardMarkers: ['thư đã chuyển tiếp', 'tin nhắn đã chuyển tiếp', 'thư chuyển tiếp', 'bắt đầu thư được chuyển tiếp'],
  headerFrom: ['từ', 'người gửi'],
  headerSent: ['đã gửi', 'ngày gửi', 'ngày'],
  headerOther: ['đến', 'tới', 'cc', 'chủ đề', 'tiêu đề'],
  replyPrefixes: ['trả lời', 'tl', 're'],
  forwardPrefixes: ['chuyển tiếp', 'ct', 'fw', 'fwd'],
  signatureMarkers: ['trân trọng', 'tran trong', 'cảm ơn', 'cam on', 'xin cảm ơn', 'cám ơn', 'thân', 'thân ái', 'chân thành cảm ơn'],
  sentFrom: ['gửi từ *', 'được gửi từ *'],
  autoReplySubjects: ['trả lời tự động', 'tra loi tu dong', 'phản hồi tự động', 'vắng mặt', 'không có mặt tại văn phòng', 'đang nghỉ phép', 'không gửi được'],
};
