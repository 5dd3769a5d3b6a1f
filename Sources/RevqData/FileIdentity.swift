#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says of a file that changes whenever its content does: device and inode
/// (a file renamed into place is another inode), size, and the times of the last change
/// to its content (mtime) and to the inode itself (ctime, which no one can set: `touch -r`
/// restores an mtime and moves the ctime to now).
///
/// The compiled cache keeps one per file it was built from, taken on the descriptor the
/// loader read (`FileBytes.contentsAndIdentity`), so a later start that finds the same
/// identity skips digesting that file; any other identity digests the file again.
///
///     FileIdentity(status)   // from stat or fstat
struct FileIdentity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64
    let size: UInt64
    let modified: Int64
    let modifiedNanoseconds: Int64
    let changed: Int64
    let changedNanoseconds: Int64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = UInt64(max(status.st_size, 0))
        modified = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec)
        changedNanoseconds = Int64(status.st_ctim.tv_nsec)
    }

    init(
        device: UInt64, inode: UInt64, size: UInt64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
        changedNanoseconds: Int64
    ) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
    }

    /// True when the file last changed at least `seconds` before `now`. The kernel stamps
    /// ctime from a coarse clock (a tick, or a second or two on some file systems), so a
    /// file written again within the same tick as it was read keeps its ctime: only an
    /// identity older than that can vouch for what was read (git's "racily clean" rule).
    func isSettled(before now: timespec, by seconds: Int64) -> Bool {
        (changed, changedNanoseconds) < (Int64(now.tv_sec) - seconds, Int64(now.tv_nsec))
    }

    /// The time now, as the file system's clock reads it.
    static func now() -> timespec {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time
    }
}
