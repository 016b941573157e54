/// A block under construction. The block parser keeps every block in one array and links
/// them by index, so that opening, closing and re-parenting blocks never copies subtrees;
/// `TreeBuilder` turns the finished array into the public `Block` tree.
struct ParseNode {
    enum Kind: Equatable {
        case document, blockQuote, list, item, paragraph, heading, fencedCode, indentedCode
        case html, table, thematicBreak, frontMatter
        /// A paragraph that held only link reference definitions: left out of the tree.
        case removed
    }

    var kind: Kind
    var parent: Int
    var children: [Int] = []
    /// Byte range of the block; `end` grows as lines are added.
    var start: Int
    var end: Int
    var startLine: Int
    var endLine: Int
    /// Paragraph and heading segments, code content lines, table rows.
    var lines: [Range<Int>] = []

    /// Heading level, HTML block kind (1–7) or fence length, depending on `kind`.
    var level = 0
    var isSetext = false
    /// The list marker of a list or item.
    var marker = ListMarker.none
    var isTight = true
    /// An item's marker bytes.
    var markerRange = 0..<0
    var task: TaskMarker?
    /// A fence's character and indentation; the info string's range.
    var fenceCharacter: UInt8 = 0
    var fenceIndent = 0
    var info = 0..<0
    /// The indentation of a paragraph's last line and whether it was a lazy continuation:
    /// only a non-lazy line indented less than 4 columns can become a table header.
    var lastLineIndent = 0
    var lastLineIsLazy = false
    /// How many blocks enclose this one (the document has depth 0).
    var depth = 0
    /// A table's delimiter row.
    var delimiterRow = 0..<0

    init(kind: Kind, parent: Int, start: Int, line: Int) {
        self.kind = kind
        self.parent = parent
        self.start = start
        self.end = start
        self.startLine = line
        self.endLine = line
    }

    var isContainer: Bool { kind == .document || kind == .blockQuote || kind == .list || kind == .item }

    /// CommonMark's containment rule: lists hold only items, items live only in lists.
    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .item: child != .item
        case .list: child == .item
        default: false
        }
    }
}

/// What a list marker says about its list: lists continue only with matching markers.
struct ListMarker: Equatable {
    var isOrdered: Bool
    /// `-`, `+`, `*` for bullets; `.` or `)` for ordered lists.
    var delimiter: UInt8
    var start: Int
    /// Columns before the marker and from the marker to the item's content.
    var markerOffset: Int
    var padding: Int

    static let none = ListMarker(isOrdered: false, delimiter: 0, start: 0, markerOffset: 0, padding: 0)

    func continuesList(_ other: ListMarker) -> Bool {
        isOrdered == other.isOrdered && delimiter == other.delimiter
    }
}
