/// File names and URL paths that carry a person's name or an identifier ("scan_jdoe_2023.pdf",
/// "Smith_J_labs.docx", "/records/okafor-john/"): the whole name is one ID, since any part of it
/// may identify. A name made only of safe words and no digits ("discharge_summary.pdf") stays.
enum FileNameDetector {
    static let extensions: Set<String> = [
        "pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "jpg", "jpeg", "png",
        "gif", "tif", "tiff", "heic", "bmp", "dcm", "dicom", "zip", "msg", "eml", "xml", "json", "html", "htm", "mp3",
        "mp4", "wav", "m4a", "mov", "avi", "hl7", "ccd", "ccda",
    ]

    static func detect(_ d: inout Detection, safeList: SafeList) {
        let t = d.tokens
        var i = 0
        while i < t.count {
            guard t[i].kind != .punct, !d.isClaimed(token: i), i == 0 || !d.text.glued(i) || !["_", "-", ".", "/"].contains(t[i - 1].lower) else { i += 1; continue }
            // a glued run: part (sep part)* "." ext
            var end = i
            while end + 2 < t.count, ["_", "-", ".", "/"].contains(t[end + 1].lower), d.text.glued(end + 1), d.text.glued(end + 2), t[end + 2].kind != .punct { end += 2 }
            defer { i = end + 1 }
            guard end >= i + 2, t[end - 1].lower == ".", extensions.contains(t[end].lower) else { continue }
            let parts = stride(from: i, to: end - 1, by: 2).map { t[$0] }
            let identifying = parts.contains { p in
                p.hasDigits && p.digitCount >= 2 || p.kind == .alpha && (safeList.isName(p.lower) || !safeList.isSafe(p.lower) && p.length > 2)
            }
            guard identifying, !d.isClaimed(t[i].start, t[end].end) else { continue }
            d.add(t[i].start, t[end].end, .id, priority: 76, evidence: "a file name with a name or number in it")
        }
    }
}
