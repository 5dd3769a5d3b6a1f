import FoundationEssentials
import Glibc

/// The two ways revq writes a moment, always in UTC and to the whole second (the fraction is
/// dropped, as ISO8601DateFormatter did): `2026-11-30T21:26:14Z` in session and record
/// headers, `20261130-212614` in journal file names. Written from glibc's calendar, since
/// Foundation's formatters need ICU.
enum Timestamp {
    /// RFC 3339's internet date and time: `yyyy-MM-ddTHH:mm:ssZ`.
    static func internet(_ date: Date) -> String {
        let time = utc(date)
        return "\(digits(time.tm_year + 1900, 4))-\(digits(time.tm_mon + 1, 2))-\(digits(time.tm_mday, 2))"
            + "T\(digits(time.tm_hour, 2)):\(digits(time.tm_min, 2)):\(digits(time.tm_sec, 2))Z"
    }

    /// A file name's stamp, sorting in time order: `yyyyMMdd-HHmmss`.
    static func compact(_ date: Date) -> String {
        let time = utc(date)
        return "\(digits(time.tm_year + 1900, 4))\(digits(time.tm_mon + 1, 2))\(digits(time.tm_mday, 2))"
            + "-\(digits(time.tm_hour, 2))\(digits(time.tm_min, 2))\(digits(time.tm_sec, 2))"
    }

    private static func utc(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var time = tm()
        gmtime_r(&seconds, &time)
        return time
    }

    private static func digits(_ value: Int32, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
