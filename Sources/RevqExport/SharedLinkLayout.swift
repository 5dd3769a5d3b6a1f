import RevqCore

/// A link table whose records share their lists, written with each distinct list once:
/// `NAME_lists(list, value, position)` holds the lists, `NAME_keys(record_key, list)` says
/// which list each record has, and the view `NAME(record_key, value, position)` joins them,
/// so SQL reads it as any other link table. The audit needs it: each line lists every row
/// its check selects, and a review ×N states each claim N times, each checked over all N
/// copies, so as a plain link table the file grows with the square of the review.
///
///     try SharedLinkLayout(link).write(auditTable, to: database)   // audit_rows_lists, audit_rows_keys, view audit_rows
struct SharedLinkLayout {
    let link: LinkLayout

    init(_ link: LinkLayout) { self.link = link }

    var listsTable: String { link.tableName + "_lists" }
    var keysTable: String { link.tableName + "_keys" }

    var createTables: String {
        """
        CREATE TABLE \(quoted(listsTable)) (list INTEGER NOT NULL, \(link.valueColumn) \(link.valueType), \
        position INTEGER NOT NULL, PRIMARY KEY (list, position));
        CREATE TABLE \(quoted(keysTable)) (record_key \(link.keyDefinition) PRIMARY KEY, list INTEGER NOT NULL);
        CREATE INDEX \(quoted(listsTable + "_index")) ON \(quoted(listsTable))(\(link.valueColumn), list);
        CREATE INDEX \(quoted(keysTable + "_index")) ON \(quoted(keysTable))(list, record_key);
        """
    }

    /// The link table as a view: a record's rows are its list's, in the list's order.
    var createView: String {
        "CREATE VIEW \(quoted(link.tableName)) AS SELECT k.record_key, l.\(link.valueColumn), l.position "
            + "FROM \(quoted(keysTable)) k JOIN \(quoted(listsTable)) l ON l.list = k.list"
    }

    func write(_ table: Table, to database: SQLiteDatabase) throws {
        try database.execute(createTables)
        let (keys, lists) = numbered(table)
        try database.insert("INSERT INTO \(quoted(keysTable)) VALUES (?, ?)", rows: keys)
        let values = lists.enumerated().lazy.flatMap { number, list in
            list.enumerated().map { offset, element -> [SQLValue] in
                [.integer(number + 1), sqlValue(element, of: link.field, in: link.store), .integer(offset + 1)]
            }
        }
        try database.insert("INSERT INTO \(quoted(listsTable)) VALUES (?, ?, ?)", rows: values)
        try database.execute(createView)
    }

    /// Each record with a non-empty list and its list's number (from 1, in order of first
    /// use), and the distinct lists: a record without values has no row, as in a link table.
    func numbered(_ table: Table) -> (keys: [[SQLValue]], lists: [[Value]]) {
        var numbers: [SharedList: Int] = [:]
        var lists: [[Value]] = []
        var keys: [[SQLValue]] = []
        for row in 0..<table.count {
            let elements = table.rows[row][link.position].elements
            guard !elements.isEmpty, let key = link.key(ofRow: row, in: table) else { continue }
            let list = SharedList(values: elements)
            let number = numbers[list] ?? lists.count + 1
            if number > lists.count {
                numbers[list] = number
                lists.append(elements)
            }
            keys.append([key, .integer(number)])
        }
        return (keys, lists)
    }
}

/// A list compared by its values but hashed by its length and ends: records that share one
/// list (one array) compare in a step, as `==` on arrays first asks whether they are one
/// array, so numbering them does not read each list again for every record.
struct SharedList: Hashable {
    let values: [Value]

    func hash(into hasher: inout Hasher) {
        hasher.combine(values.count)
        hasher.combine(values.first)
        hasher.combine(values.last)
    }
}
